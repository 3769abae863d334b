package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.BrandLogo;
import io.brandcloud.platform.domain.TenantLogos;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PlatformUnit;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTenantLogos implements TenantLogos {

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Inject ApplicationClock clock;

  @Override
  public void put(long tenantId, BrandLogo logo) {
    em.createNativeQuery(
            "INSERT INTO platform.tenant_logos (tenant_id, content, digest, width, height,"
                + " uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (tenant_id) DO UPDATE"
                + " SET content = EXCLUDED.content, digest = EXCLUDED.digest,"
                + " width = EXCLUDED.width, height = EXCLUDED.height,"
                + " uploaded_at = EXCLUDED.uploaded_at")
        .setParameter(1, tenantId)
        .setParameter(2, logo.png())
        .setParameter(3, logo.digest())
        .setParameter(4, logo.width())
        .setParameter(5, logo.height())
        .setParameter(6, Timestamp.from(clock.now()))
        .executeUpdate();
  }

  @Override
  public void remove(long tenantId) {
    em.createNativeQuery("DELETE FROM platform.tenant_logos WHERE tenant_id = ?1")
        .setParameter(1, tenantId)
        .executeUpdate();
  }

  @Override
  public Optional<BrandLogo> of(long tenantId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT content, digest, width, height FROM platform.tenant_logos"
                    + " WHERE tenant_id = ?1")
            .setParameter(1, tenantId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .findFirst()
        .map(
            r ->
                new BrandLogo(
                    (byte[]) r[0],
                    ((String) r[1]).strip(),
                    SqlValues.toInt(r[2]),
                    SqlValues.toInt(r[3])));
  }
}
