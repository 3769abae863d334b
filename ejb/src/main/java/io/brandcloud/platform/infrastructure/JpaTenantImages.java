package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.BrandImage;
import io.brandcloud.platform.domain.TenantImages;
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
public class JpaTenantImages implements TenantImages {

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Inject ApplicationClock clock;

  @Override
  public void put(long tenantId, BrandImage image) {
    em.createNativeQuery(
            "INSERT INTO platform.tenant_logos (tenant_id, kind, content, digest, width, height,"
                + " uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                + " ON CONFLICT (tenant_id, kind) DO UPDATE"
                + " SET content = EXCLUDED.content, digest = EXCLUDED.digest,"
                + " width = EXCLUDED.width, height = EXCLUDED.height,"
                + " uploaded_at = EXCLUDED.uploaded_at")
        .setParameter(1, tenantId)
        .setParameter(2, image.kind().name())
        .setParameter(3, image.png())
        .setParameter(4, image.digest())
        .setParameter(5, image.width())
        .setParameter(6, image.height())
        .setParameter(7, Timestamp.from(clock.now()))
        .executeUpdate();
  }

  @Override
  public void remove(long tenantId, BrandImage.Kind kind) {
    em.createNativeQuery("DELETE FROM platform.tenant_logos WHERE tenant_id = ?1 AND kind = ?2")
        .setParameter(1, tenantId)
        .setParameter(2, kind.name())
        .executeUpdate();
  }

  @Override
  public Optional<BrandImage> of(long tenantId, BrandImage.Kind kind) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT content, digest, width, height FROM platform.tenant_logos"
                    + " WHERE tenant_id = ?1 AND kind = ?2")
            .setParameter(1, tenantId)
            .setParameter(2, kind.name())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .findFirst()
        .map(
            r ->
                new BrandImage(
                    kind,
                    (byte[]) r[0],
                    ((String) r[1]).strip(),
                    SqlValues.toInt(r[2]),
                    SqlValues.toInt(r[3])));
  }
}
