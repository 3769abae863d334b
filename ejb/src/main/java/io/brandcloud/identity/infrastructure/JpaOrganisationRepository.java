package io.brandcloud.identity.infrastructure;

import io.brandcloud.identity.domain.OrganisationOwner;
import io.brandcloud.identity.domain.OrganisationRepository;
import io.brandcloud.identity.domain.OrganisationSummary;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

  private static final String WITH_OWNER =
      "SELECT o.id, o.name, o.personal, u.id, u.email, o.created_at, u.display_name, o.closed_at"
          + " FROM organisations o JOIN organisation_members m"
          + " ON m.organisation_id = o.id AND m.role = 'OWNER' JOIN users u ON u.id = m.user_id";

  /** ?1 the text as a LIKE pattern that contains it, ?2 the text itself (an address). */
  private static final String MATCHING = " WHERE " + CustomerMatch.condition(1, 2);

  private static final String OPEN = " o.closed_at IS NULL";
  private static final String CLOSED = " o.closed_at IS NOT NULL";

  @PersistenceContext EntityManager em;

  @Override
  public long create(String name, boolean personal, long ownerId, Instant at) {
    long id =
        SqlValues.toLong(
            em.createNativeQuery(
                    "INSERT INTO organisations (name, personal, created_by, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4) RETURNING id")
                .setParameter(1, name)
                .setParameter(2, personal)
                .setParameter(3, ownerId)
                .setParameter(4, at)
                .getSingleResult());
    em.createNativeQuery(
            "INSERT INTO organisation_members (organisation_id, user_id, role, joined_at)"
                + " VALUES (?1, ?2, 'OWNER', ?3)")
        .setParameter(1, id)
        .setParameter(2, ownerId)
        .setParameter(3, at)
        .executeUpdate();
    return id;
  }

  @Override
  public Optional<OrganisationOwner> owner(long organisationId) {
    return withOwner(organisationId)
        .map(r -> new OrganisationOwner((String) r[4], (String) r[6], (String) r[1]));
  }

  @Override
  public Optional<Long> personalOf(long userId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT o.id FROM organisations o JOIN organisation_members m"
                    + " ON m.organisation_id = o.id"
                    + " WHERE m.user_id = ?1 AND o.personal AND m.role = 'OWNER'")
            .setParameter(1, userId)
            .getResultList();
    return ids.stream().map(id -> SqlValues.toLong(id)).findFirst();
  }

  @Override
  public Page<OrganisationSummary> summaries(boolean closed, PageRequest page) {
    String state = " WHERE" + (closed ? CLOSED : OPEN);
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM organisations o" + state,
        WITH_OWNER + state + " ORDER BY o.name, o.id",
        JpaOrganisationRepository::summary);
  }

  @Override
  public Page<OrganisationSummary> matching(String text, boolean closed, PageRequest page) {
    String contains = CustomerMatch.contains(text);
    String state = " AND" + (closed ? CLOSED : OPEN);
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM organisations o" + MATCHING + state,
        WITH_OWNER + MATCHING + state + " ORDER BY o.name, o.id",
        JpaOrganisationRepository::summary,
        contains,
        text);
  }

  @Override
  public boolean close(long organisationId, String closedBy, Instant at) {
    return em.createNativeQuery(
                "UPDATE organisations SET closed_at = ?2, closed_by = ?3"
                    + " WHERE id = ?1 AND closed_at IS NULL")
            .setParameter(1, organisationId)
            .setParameter(2, at)
            .setParameter(3, closedBy)
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<OrganisationSummary> summary(long organisationId) {
    return withOwner(organisationId).map(JpaOrganisationRepository::summary);
  }

  @Override
  public Map<Long, String> names(Collection<Long> organisationIds) {
    if (organisationIds.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> names = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT id, name FROM organisations WHERE id IN (:ids)")
            .setParameter("ids", List.copyOf(organisationIds))
            .getResultList()) {
      Object[] columns = (Object[]) row;
      names.put(SqlValues.toLong(columns[0]), (String) columns[1]);
    }
    return names;
  }

  private Optional<Object[]> withOwner(long organisationId) {
    List<?> rows =
        em.createNativeQuery(WITH_OWNER + " WHERE o.id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream().map(Object[].class::cast).findFirst();
  }

  private static OrganisationSummary summary(Object[] r) {
    return new OrganisationSummary(
        SqlValues.toLong(r[0]),
        (String) r[1],
        (Boolean) r[2],
        SqlValues.toLong(r[3]),
        (String) r[4],
        SqlValues.instant(r[5]),
        r[7] == null ? null : SqlValues.instant(r[7]));
  }
}
