package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.BillingParties;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.vat.application.TaxIdCheckRequests;
import io.brandcloud.billing.vat.domain.TaxIdCheck;
import io.brandcloud.billing.vat.domain.VatNumber;
import io.brandcloud.billing.vat.domain.VatNumbers;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/**
 * Whom an organisation's invoices are addressed to. Customers keep their address, country, region
 * and tax id up to date; only staff may mark an organisation tax exempt, and the exemption lapses
 * when the tax id changes. An EU VAT number must have its member state's shape and is checked with
 * VIES after the change commits.
 */
@Stateless
public class BillingDetails {

  @Inject BillingParties parties;
  @Inject MemberAccess members;
  @Inject AuditLog audit;
  @EJB TaxIdCheckRequests taxIdChecks;

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

  /** The details as they are after a change, with the check of their tax id, if it has one. */
  public record Current(BillingParty party, Optional<TaxIdCheck> taxIdCheck) {}

  public Current changeByCustomer(long organisationId, Change change, String actor) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    return change(organisationId, change, false, actor);
  }

  public Current changeByStaff(long organisationId, Change change, String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    return change(organisationId, change, true, actor);
  }

  /**
   * The organisation is locked first, so two changes at once are taken one after the other and each
   * sees what the other left (the tax id check follows the one that commits last).
   */
  private Current change(long organisationId, Change change, boolean staff, String actor) {
    BillingParty now =
        parties
            .lockedOf(organisationId)
            .orElseThrow(() -> BrandcloudException.notFound("Organisation " + organisationId));
    String address = Validation.optionalLines("address", change.address(), 500);
    String country = Validation.optionalCountry("country", change.country());
    String region = Validation.optionalRegion("region", change.region());
    String taxId = Validation.optionalText("taxId", change.taxId(), 32);
    if (region != null && country == null) {
      throw BrandcloudException.invalid("region", "A region needs a country");
    }
    boolean taxIdKept =
        Objects.equals(taxId, now.taxId()) && Objects.equals(country, now.country());
    // a number kept as it was is not refused for its shape: it may predate the check
    Optional<VatNumber> vatNumber =
        taxIdKept ? VatNumbers.parseIfWellFormed(country, taxId) : vatNumber(country, taxId);
    boolean exempt =
        staff && change.taxExempt() != null
            ? change.taxExempt()
            : now.taxExempt() && Objects.equals(taxId, now.taxId());
    if (exempt && taxId == null) {
      throw BrandcloudException.invalid("taxExempt", "Only a customer with a tax id is exempt");
    }
    parties.change(organisationId, address, country, region, taxId, exempt);
    taxIdChecks.follow(organisationId, now, country, taxId, vatNumber);
    BillingParty changed = of(organisationId);
    audit.record(
        actor, "organisation.billing-changed", "organisation " + organisationId, describe(changed));
    return new Current(changed, taxIdChecks.latest(organisationId));
  }

  /** The latest check of the organisation's tax id with VIES, for whoever may read its details. */
  public Optional<TaxIdCheck> taxIdCheck(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return taxIdChecks.latest(organisationId);
  }

  private static Optional<VatNumber> vatNumber(String country, String taxId) {
    try {
      return VatNumbers.parse(country, taxId);
    } catch (IllegalArgumentException e) {
      throw BrandcloudException.invalid("taxId", e.getMessage());
    }
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
