package io.brandcloud.subscriptions.application;

import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * A customer paying a subscription's unpaid renewal (or any open invoice) now, from the wallet,
 * instead of waiting for the next run: the renewal is tried at once (its open invoice paid, the
 * subscription resumed), in a transaction of its own, as the run would try it.
 */
@Stateless
public class UnpaidRenewals {

  @Inject SubscriptionRepository subscriptions;
  @Inject MemberAccess members;
  @Inject ApplicationClock clock;
  @EJB SubscriptionRenewals renewals;
  @EJB Subscriptions views;
  @EJB Wallets wallets;
  @EJB ManualInvoices manualInvoices;
  @EJB Invoicing invoicing;

  /**
   * Pays an open invoice from the wallet, whichever it is: a subscription's renewal (which resumes
   * the subscription) or one staff wrote; 403 without billing:manage, 404 for one that is not open
   * or not the organisation's, 409 for a renewal invoiced ahead (the renewal pays it), 402 when the
   * wallet does not cover it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public InvoiceSummary payInvoice(long organisationId, long invoiceId) {
    InvoiceSummary invoice = manualInvoices.payable(organisationId, invoiceId);
    if (invoice.subscriptionId() == null) {
      return manualInvoices.pay(organisationId, invoiceId);
    }
    payNow(organisationId, invoice.subscriptionId());
    return invoicing.invoiceOf(organisationId, invoiceId);
  }

  /**
   * Pays the renewal; 404 for another organisation's subscription, 409 when nothing is due, 402
   * when the wallet does not cover it.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public SubscriptionView payNow(long organisationId, long subscriptionId) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    SubscriptionView before = views.subscription(organisationId, subscriptionId);
    if (!subscriptions.unpaidOf(organisationId).contains(subscriptionId)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "Nothing is due on " + before.productName() + " now");
    }
    LocalDate today = LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
    if (renewals.renew(subscriptionId, today).unpaid()) {
      throw new BrandcloudException(
          ErrorCode.INSUFFICIENT_FUNDS,
          wallets.balanceOf(organisationId).display(),
          "the renewal of " + before.productName());
    }
    return views.subscription(organisationId, subscriptionId);
  }
}
