package io.brandcloud.identity.infrastructure;

import io.brandcloud.access.Permission;
import io.brandcloud.identity.domain.MemberView;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.identity.domain.MembershipRepository;
import io.brandcloud.identity.domain.OrganisationRole;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {

  private static final String MEMBERSHIP_SELECT =
      "SELECT o.id, o.name, o.personal, m.role, r.name, r.permissions"
          + " FROM organisation_members m JOIN organisations o"
          + " ON o.id = m.organisation_id AND o.closed_at IS NULL"
          + " LEFT JOIN custom_roles r ON r.id = m.custom_role_id";

  @PersistenceContext EntityManager em;

  @Override
  public List<Membership> ofUser(long userId) {
    return memberships(
        em.createNativeQuery(MEMBERSHIP_SELECT + " WHERE m.user_id = ?1 ORDER BY o.id")
            .setParameter(1, userId));
  }

  @Override
  public Optional<Membership> of(long userId, long organisationId) {
    return memberships(
            em.createNativeQuery(MEMBERSHIP_SELECT + " WHERE m.user_id = ?1 AND o.id = ?2")
                .setParameter(1, userId)
                .setParameter(2, organisationId))
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Membership> chosen(long userId) {
    return memberships(
            em.createNativeQuery(
                    MEMBERSHIP_SELECT
                        + " JOIN users u ON u.id = m.user_id"
                        + " AND u.active_organisation_id = o.id WHERE m.user_id = ?1")
                .setParameter(1, userId))
        .stream()
        .findFirst();
  }

  @Override
  public void choose(long userId, long organisationId) {
    em.createNativeQuery("UPDATE users SET active_organisation_id = ?2 WHERE id = ?1")
        .setParameter(1, userId)
        .setParameter(2, organisationId)
        .executeUpdate();
  }

  @Override
  public Page<MemberView> members(long organisationId, PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM organisation_members WHERE organisation_id = ?1",
        "SELECT u.id, u.email, u.display_name, m.role, r.name, m.joined_at"
            + " FROM organisation_members m JOIN users u ON u.id = m.user_id"
            + " LEFT JOIN custom_roles r ON r.id = m.custom_role_id"
            + " WHERE m.organisation_id = ?1 ORDER BY m.joined_at, u.id",
        r ->
            new MemberView(
                SqlValues.toLong(r[0]),
                (String) r[1],
                (String) r[2],
                ((String) r[3]).toLowerCase(Locale.ROOT),
                (String) r[4],
                SqlValues.instant(r[5])),
        organisationId);
  }

  @Override
  public boolean hasMemberWithEmail(long organisationId, String email) {
    return !em.createNativeQuery(
            "SELECT 1 FROM organisation_members m JOIN users u ON u.id = m.user_id"
                + " WHERE m.organisation_id = ?1 AND u.email = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, email)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(
      long organisationId, long userId, OrganisationRole role, Long customRoleId, Instant at) {
    em.createNativeQuery(
            "INSERT INTO organisation_members (organisation_id, user_id, role, custom_role_id,"
                + " joined_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
        .setParameter(1, organisationId)
        .setParameter(2, userId)
        .setParameter(3, role.name())
        .setParameter(4, customRoleId)
        .setParameter(5, at)
        .executeUpdate();
  }

  @Override
  public void changeRole(
      long organisationId, long userId, OrganisationRole role, Long customRoleId) {
    em.createNativeQuery(
            "UPDATE organisation_members SET role = ?3, custom_role_id = ?4"
                + " WHERE organisation_id = ?1 AND user_id = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, userId)
        .setParameter(3, role.name())
        .setParameter(4, customRoleId)
        .executeUpdate();
  }

  @Override
  public void remove(long organisationId, long userId) {
    em.createNativeQuery(
            "DELETE FROM organisation_members WHERE organisation_id = ?1 AND user_id = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, userId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE users SET active_organisation_id = NULL WHERE id = ?1"
                + " AND active_organisation_id = ?2")
        .setParameter(1, userId)
        .setParameter(2, organisationId)
        .executeUpdate();
  }

  private static List<Membership> memberships(Query query) {
    return ((List<?>) query.getResultList())
        .stream().map(Object[].class::cast).map(JpaMembershipRepository::membership).toList();
  }

  private static Membership membership(Object[] r) {
    OrganisationRole role = OrganisationRole.valueOf((String) r[3]);
    Set<Permission> permissions =
        role == OrganisationRole.CUSTOM ? Permission.split((String) r[5]) : role.permissions();
    return new Membership(
        SqlValues.toLong(r[0]), (String) r[1], (Boolean) r[2], role, (String) r[4], permissions);
  }
}
