package io.brandcloud.provisioning.volumes.infrastructure;

import io.brandcloud.provisioning.volumes.domain.Volume;
import io.brandcloud.provisioning.volumes.domain.VolumeRepository;
import io.brandcloud.provisioning.volumes.domain.VolumeStatus;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.TenantSettingsPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaVolumeRepository implements VolumeRepository {

  private static final TenantSettingsPrice PRICE = new TenantSettingsPrice("volume_gb_month_price");

  private static final String COLUMNS =
      "SELECT id, organisation_id, connection_id, region, server_id, name, provider_name,"
          + " external_id, size_gb, status, gb_month_price, hourly_price, created_at FROM volumes ";
  private static final String LIVE = " status NOT IN ('DELETED', 'FAILED') ";

  @PersistenceContext EntityManager em;

  @Override
  public long add(
      long organisationId,
      long connectionId,
      String region,
      long serverId,
      String name,
      String providerName,
      int sizeGb,
      BigDecimal gbMonthPrice,
      Instant at) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO volumes (organisation_id, connection_id, region, server_id, name,"
                    + " provider_name, size_gb, status, gb_month_price, hourly_price, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'CREATING', ?8, ?9, ?10) RETURNING id")
            .setParameter(1, organisationId)
            .setParameter(2, connectionId)
            .setParameter(3, region)
            .setParameter(4, serverId)
            .setParameter(5, name)
            .setParameter(6, providerName)
            .setParameter(7, sizeGb)
            .setParameter(8, gbMonthPrice)
            .setParameter(9, Volume.hourlyPrice(sizeGb, gbMonthPrice))
            .setParameter(10, Timestamp.from(at))
            .getSingleResult());
  }

  @Override
  public Optional<Volume> find(long id) {
    return volumes(em.createNativeQuery(COLUMNS + "WHERE id = ?1").setParameter(1, id)).stream()
        .findFirst();
  }

  @Override
  public Optional<Volume> findForUpdate(long id) {
    return volumes(em.createNativeQuery(COLUMNS + "WHERE id = ?1 FOR UPDATE").setParameter(1, id))
        .stream()
        .findFirst();
  }

  @Override
  public List<Volume> ofServer(long serverId) {
    return volumes(
        em.createNativeQuery(COLUMNS + "WHERE server_id = ?1 AND" + LIVE + "ORDER BY id")
            .setParameter(1, serverId));
  }

  @Override
  public List<Volume> detachedIn(long organisationId, long connectionId, String region) {
    return volumes(
        em.createNativeQuery(
                COLUMNS
                    + "WHERE organisation_id = ?1 AND connection_id = ?2 AND region = ?3"
                    + " AND status = 'DETACHED' ORDER BY id")
            .setParameter(1, organisationId)
            .setParameter(2, connectionId)
            .setParameter(3, region));
  }

  @Override
  public boolean nameTaken(long organisationId, String name) {
    return !em.createNativeQuery(
            "SELECT 1 FROM volumes WHERE organisation_id = ?1 AND lower(name) = lower(?2) AND"
                + LIVE)
        .setParameter(1, organisationId)
        .setParameter(2, name)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void created(long id, String externalId, Instant at) {
    em.createNativeQuery(
            "UPDATE volumes SET external_id = ?2, billable_from = coalesce(billable_from, ?3)"
                + " WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, externalId)
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void moved(long id, long serverId, VolumeStatus status) {
    em.createNativeQuery("UPDATE volumes SET server_id = ?2, status = ?3 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, serverId)
        .setParameter(3, status.name())
        .executeUpdate();
  }

  @Override
  public void status(long id, VolumeStatus status) {
    em.createNativeQuery("UPDATE volumes SET status = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, status.name())
        .executeUpdate();
  }

  @Override
  public void resized(long id, int sizeGb, BigDecimal hourlyPrice, Instant from, Instant at) {
    em.createNativeQuery(
            "UPDATE volumes SET size_gb = ?2, previous_price = CASE WHEN price_changed_at > ?5"
                + " THEN previous_price ELSE hourly_price END, hourly_price = ?3,"
                + " price_changed_at = ?4 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, sizeGb)
        .setParameter(3, hourlyPrice)
        .setParameter(4, Timestamp.from(from))
        .setParameter(5, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void deleting(long id, Instant at) {
    em.createNativeQuery(
            "UPDATE volumes SET status = 'DELETING', billed_until = coalesce(billed_until, ?2)"
                + " WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void deleteGivenUp(long id) {
    em.createNativeQuery(
            "UPDATE volumes SET status = 'DETACHED', billed_until = NULL"
                + " WHERE id = ?1 AND status = 'DELETING'")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  public void deleted(long id, Instant at) {
    em.createNativeQuery(
            "UPDATE volumes SET status = 'DELETED', billed_until = coalesce(billed_until, ?2)"
                + " WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void endBilling(long serverId, Instant at) {
    em.createNativeQuery(
            "UPDATE volumes SET billed_until = coalesce(billed_until, ?2),"
                + " status = CASE WHEN status = 'CREATING' THEN status ELSE 'DELETING' END"
                + " WHERE server_id = ?1 AND status NOT IN ('DELETED', 'FAILED')")
        .setParameter(1, serverId)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public Optional<BigDecimal> gbMonthPrice() {
    return PRICE.read(em);
  }

  @Override
  public void setGbMonthPrice(BigDecimal price) {
    PRICE.write(em, price);
  }

  private static List<Volume> volumes(jakarta.persistence.Query query) {
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Volume(
                    SqlValues.toLong(r[0]),
                    SqlValues.toLong(r[1]),
                    SqlValues.toLong(r[2]),
                    (String) r[3],
                    SqlValues.toLong(r[4]),
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    ((Number) r[8]).intValue(),
                    VolumeStatus.valueOf((String) r[9]),
                    (BigDecimal) r[10],
                    (BigDecimal) r[11],
                    SqlValues.instant(r[12])))
        .toList();
  }
}
