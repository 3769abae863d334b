package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.BillingParties;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.vat.domain.TaxIdStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaBillingParties implements BillingParties {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<BillingParty> of(long organisationId) {
    return read(organisationId, "");
  }

  @Override
  public Optional<BillingParty> lockedOf(long organisationId) {
    return read(organisationId, " FOR UPDATE");
  }

  private Optional<BillingParty> read(long organisationId, String locking) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT name, billing_address, country, region, tax_id, tax_exempt,"
                    + " tax_id_status"
                    + " FROM organisations WHERE id = ?1"
                    + locking)
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(Object[].class::cast)
        .map(
            r ->
                new BillingParty(
                    (String) r[0],
                    (String) r[1],
                    r[2] == null ? null : ((String) r[2]).strip(),
                    (String) r[3],
                    (String) r[4],
                    (Boolean) r[5],
                    TaxIdStatus.of((String) r[6])));
  }

  @Override
  public void change(
      long organisationId,
      String address,
      String country,
      String region,
      String taxId,
      boolean taxExempt) {
    em.createNativeQuery(
            "UPDATE organisations SET billing_address = ?1, country = ?2, region = ?3,"
                + " tax_id = ?4, tax_exempt = ?5 WHERE id = ?6")
        .setParameter(1, address)
        .setParameter(2, country)
        .setParameter(3, region)
        .setParameter(4, taxId)
        .setParameter(5, taxExempt)
        .setParameter(6, organisationId)
        .executeUpdate();
  }
}
