package io.brandcloud.provisioning.addresses.infrastructure;

import io.brandcloud.provisioning.addresses.domain.AddressStatus;
import io.brandcloud.provisioning.addresses.domain.ExtraAddress;
import io.brandcloud.provisioning.addresses.domain.ExtraAddressRepository;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.TenantSettingsPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaExtraAddressRepository implements ExtraAddressRepository {

  private static final TenantSettingsPrice PRICE = new TenantSettingsPrice("ipv4_month_price");

  private static final String COLUMNS =
      "SELECT id, organisation_id, server_id, address, status, month_price, hourly_price,"
          + " created_at FROM extra_addresses ";
  private static final String LIVE = " status IN ('ADDING', 'ACTIVE', 'REMOVING') ";

  @PersistenceContext EntityManager em;

  @Override
  public long add(long organisationId, long serverId, BigDecimal monthPrice, Instant at) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO extra_addresses (organisation_id, server_id, status, month_price,"
                    + " hourly_price, created_at) VALUES (?1, ?2, 'ADDING', ?3, ?4, ?5)"
                    + " RETURNING id")
            .setParameter(1, organisationId)
            .setParameter(2, serverId)
            .setParameter(3, monthPrice)
            .setParameter(4, ExtraAddress.hourlyPrice(monthPrice))
            .setParameter(5, Timestamp.from(at))
            .getSingleResult());
  }

  @Override
  public Optional<ExtraAddress> find(long id) {
    return addresses(em.createNativeQuery(COLUMNS + "WHERE id = ?1").setParameter(1, id)).stream()
        .findFirst();
  }

  @Override
  public Optional<ExtraAddress> findForUpdate(long serverId, String address) {
    return addresses(
            em.createNativeQuery(
                    COLUMNS + "WHERE server_id = ?1 AND address = ?2 AND" + LIVE + "FOR UPDATE")
                .setParameter(1, serverId)
                .setParameter(2, address))
        .stream()
        .findFirst();
  }

  @Override
  public List<ExtraAddress> ofServer(long serverId) {
    return addresses(
        em.createNativeQuery(COLUMNS + "WHERE server_id = ?1 AND" + LIVE + "ORDER BY id")
            .setParameter(1, serverId));
  }

  @Override
  public void given(long id, String address, Instant at) {
    em.createNativeQuery(
            "UPDATE extra_addresses SET address = ?2,"
                + " status = CASE WHEN billed_until IS NULL THEN 'ACTIVE' ELSE 'REMOVING' END,"
                + " billable_from = CASE WHEN billed_until IS NULL"
                + " THEN coalesce(billable_from, ?3) END WHERE id = ?1 AND status = 'ADDING'")
        .setParameter(1, id)
        .setParameter(2, address)
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void status(long id, AddressStatus status) {
    em.createNativeQuery("UPDATE extra_addresses SET status = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, status.name())
        .executeUpdate();
  }

  @Override
  public void removing(long id, Instant at) {
    em.createNativeQuery(
            "UPDATE extra_addresses SET status = 'REMOVING',"
                + " billed_until = coalesce(billed_until, ?2) WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void removeGivenUp(long id) {
    em.createNativeQuery(
            "UPDATE extra_addresses SET status = 'ACTIVE', billed_until = NULL"
                + " WHERE id = ?1 AND status = 'REMOVING'")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  public void removed(long id, Instant at) {
    em.createNativeQuery(
            "UPDATE extra_addresses SET status = 'REMOVED',"
                + " billed_until = coalesce(billed_until, ?2) WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void endBilling(long serverId, Instant at) {
    em.createNativeQuery(
            "UPDATE extra_addresses SET billed_until = coalesce(billed_until, ?2),"
                + " status = CASE WHEN status = 'ADDING' THEN status ELSE 'REMOVING' END"
                + " WHERE server_id = ?1 AND"
                + LIVE)
        .setParameter(1, serverId)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public Optional<BigDecimal> monthPrice() {
    return PRICE.read(em);
  }

  @Override
  public void setMonthPrice(BigDecimal price) {
    PRICE.write(em, price);
  }

  private static List<ExtraAddress> addresses(Query query) {
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new ExtraAddress(
                    SqlValues.toLong(r[0]),
                    SqlValues.toLong(r[1]),
                    SqlValues.toLong(r[2]),
                    (String) r[3],
                    AddressStatus.valueOf((String) r[4]),
                    (BigDecimal) r[5],
                    (BigDecimal) r[6],
                    SqlValues.instant(r[7])))
        .toList();
  }
}
