package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.BillingParties;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Whom an organisation's invoices are addressed to. Customers keep their address, country, region
 * and tax id up to date; only staff may mark an organisation tax exempt, and the exemption lapses
 * when the tax id changes.
 */
@Stateless
public class BillingDetails {

  @Inject BillingParties parties;
  @Inject MemberAccess members;
  @Inject AuditLog audit;

  /** A change of billing details; {@code taxExempt} is only honoured for staff. */
  public record Change(
      String address, String country, String region, String taxId, Boolean taxExempt) {}

  /** The details as a member who may see billing (or staff who see customers) reads them. */
  public BillingParty read(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return of(organisationId);
  }

  /** The details, for the documents and pages that print them. */
  public BillingParty of(long organisationId) {
    return parties
        .of(organisationId)
        .orElseThrow(() -> BrandcloudException.notFound("Organisation " + organisationId));
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
    parties.change(organisationId, address, country, region, taxId, exempt);
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
