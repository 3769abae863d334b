package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.identity.application.MemberAccess;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;

/**
 * Whom an organisation's invoices are addressed to. Customers keep their address, country, region
 * and tax id up to date; only staff may mark an organisation tax exempt, and the exemption lapses
 * when the tax id changes.
 */
@Stateless
public class BillingDetails {

  @PersistenceContext EntityManager em;
  @Inject MemberAccess members;
  @Inject AuditLog audit;

  /** A change of billing details; {@code taxExempt} is only honoured for staff. */
  public record Change(
      String address, String country, String region, String taxId, Boolean taxExempt) {}

  public BillingParty of(long organisationId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT name, billing_address, country, region, tax_id, tax_exempt"
                    + " FROM organisations WHERE id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    if (rows.isEmpty()) {
      throw BrandcloudException.notFound("Organisation " + organisationId);
    }
    Object[] r = (Object[]) rows.get(0);
    return new BillingParty(
        (String) r[0],
        (String) r[1],
        r[2] == null ? null : ((String) r[2]).strip(),
        (String) r[3],
        (String) r[4],
        (Boolean) r[5]);
  }

  public BillingParty changeByCustomer(long organisationId, Change change, String actor) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    return change(organisationId, change, false, actor);
  }

  public BillingParty changeByStaff(long organisationId, Change change, String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    return change(organisationId, change, true, actor);
  }

  private BillingParty change(long organisationId, Change change, boolean staff, String actor) {
    BillingParty now = of(organisationId);
    String address = Validation.optionalLines("address", change.address(), 500);
    String country = Validation.optionalCountry("country", change.country());
    String region = Validation.optionalRegion("region", change.region());
    String taxId = Validation.optionalText("taxId", change.taxId(), 32);
    if (region != null && country == null) {
      throw BrandcloudException.invalid("region", "A region needs a country");
    }
    boolean exempt =
        staff && change.taxExempt() != null
            ? change.taxExempt()
            : now.taxExempt() && Objects.equals(taxId, now.taxId());
    if (exempt && taxId == null) {
      throw BrandcloudException.invalid("taxExempt", "Only a customer with a tax id is exempt");
    }
    em.createNativeQuery(
            "UPDATE organisations SET billing_address = ?1, country = ?2, region = ?3,"
                + " tax_id = ?4, tax_exempt = ?5 WHERE id = ?6")
        .setParameter(1, address)
        .setParameter(2, country)
        .setParameter(3, region)
        .setParameter(4, taxId)
        .setParameter(5, exempt)
        .setParameter(6, organisationId)
        .executeUpdate();
    BillingParty changed = of(organisationId);
    audit.record(
        actor, "organisation.billing-changed", "organisation " + organisationId, describe(changed));
    return changed;
  }

  private static String describe(BillingParty party) {
    return "country="
        + party.country()
        + " region="
        + party.region()
        + " taxId="
        + party.taxId()
        + " taxExempt="
        + party.taxExempt();
  }
}
