package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.DomainRequest;
import io.brandcloud.platform.domain.DomainRequests;
import io.brandcloud.shared.PlatformUnit;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDomainRequests implements DomainRequests {

  private static final String COLUMNS =
      "SELECT id, tenant_id, domain, token, requested_by, requested_at"
          + " FROM platform.domain_requests";

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Override
  public Optional<DomainRequest> add(
      long tenantId, String domain, String token, String requestedBy, Instant at) {
    List<?> rows =
        em.createNativeQuery(
                "INSERT INTO platform.domain_requests (tenant_id, domain, token, requested_by,"
                    + " requested_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                    + " ON CONFLICT (domain) DO NOTHING"
                    + " RETURNING id, tenant_id, domain, token, requested_by, requested_at")
            .setParameter(1, tenantId)
            .setParameter(2, domain)
            .setParameter(3, token)
            .setParameter(4, requestedBy)
            .setParameter(5, Timestamp.from(at))
            .getResultList();
    return rows.stream().map(JpaDomainRequests::request).findFirst();
  }

  @Override
  public List<DomainRequest> ofTenant(long tenantId) {
    return selected(" WHERE tenant_id = ?1", tenantId);
  }

  @Override
  public List<DomainRequest> all() {
    return selected("", null);
  }

  @Override
  public Optional<DomainRequest> find(long id) {
    return selected(" WHERE id = ?1", id).stream().findFirst();
  }

  /**
   * The requests {@code condition} keeps (its one parameter, if any, is {@code value}), oldest
   * first.
   */
  private List<DomainRequest> selected(String condition, Object value) {
    Query query = em.createNativeQuery(COLUMNS + condition + " ORDER BY requested_at, id");
    if (value != null) {
      query.setParameter(1, value);
    }
    return query.getResultList().stream().map(JpaDomainRequests::request).toList();
  }

  @Override
  public boolean remove(long id) {
    return em.createNativeQuery("DELETE FROM platform.domain_requests WHERE id = ?1")
            .setParameter(1, id)
            .executeUpdate()
        > 0;
  }

  private static DomainRequest request(Object row) {
    Object[] columns = (Object[]) row;
    return new DomainRequest(
        SqlValues.toLong(columns[0]),
        SqlValues.toLong(columns[1]),
        (String) columns[2],
        (String) columns[3],
        (String) columns[4],
        SqlValues.instant(columns[5]));
  }
}
