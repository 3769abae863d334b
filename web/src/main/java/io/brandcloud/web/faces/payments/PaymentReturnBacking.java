package io.brandcloud.web.faces.payments;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.payments.application.TopUps;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Where a gateway sends the customer back: the payment is confirmed with the gateway at once, shown
 * as pending (and asked about again every few seconds) until the money is confirmed, then with the
 * new balance. Cancelled at the checkout, it ends unpaid.
 */
@Named
@ViewScoped
public class PaymentReturnBacking implements Serializable {

  @EJB TopUps topUps;
  @EJB Wallets wallets;
  @Inject CurrentUser user;
  @Inject Branding branding;

  private long paymentId;
  private boolean cancelled;
  private Payment payment;
  private String next;

  public void load() {
    try {
      payment =
          cancelled
              ? topUps.cancel(user.organisationId(), paymentId)
              : topUps.confirm(user.organisationId(), paymentId);
    } catch (BrandcloudException e) {
      payment = null;
      FacesActions.error(e);
    }
  }

  /** Asks again while the payment is open. */
  public void refresh() {
    if (payment != null && payment.status().open()) {
      cancelled = false;
      load();
    }
  }

  public boolean isPending() {
    return payment != null && payment.status().open();
  }

  public Money getBalance() {
    return wallets.balanceOf(user.organisationId());
  }

  /** The order the top-up was made for, to go on with once paid; null without one. */
  public String getContinueUrl() {
    return branding.ownPage(next).orElse(null);
  }

  /** The wallet, still on the way back to that order. */
  public String getWalletUrl() {
    return branding.urlReturningTo("/portal/wallet.xhtml", next);
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public Payment getPayment() {
    return payment;
  }

  public long getPaymentId() {
    return paymentId;
  }

  public void setPaymentId(long paymentId) {
    this.paymentId = paymentId;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public void setCancelled(boolean cancelled) {
    this.cancelled = cancelled;
  }
}
