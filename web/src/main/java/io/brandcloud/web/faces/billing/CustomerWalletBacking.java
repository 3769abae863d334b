package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.LedgerLine;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.identity.domain.OrganisationSummary;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * The wallet of the customer staff chose in the list: crediting, debiting (an overdraw only after
 * staff saw what it leaves) and reversing a top-up, with the wallet's ledger.
 */
@Named
@ViewScoped
public class CustomerWalletBacking implements Serializable {

  @EJB Wallets wallets;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private Long customerId;
  private BigDecimal amount;
  private String reason;
  // one reference per rendered form: a double submit books the credit once
  private String reference = UUID.randomUUID().toString();
  private Overdraw overdraw;
  private boolean overdrawConfirmed;
  private PagedModel<LedgerLine> ledgerPages;
  private String customerName;

  /** Chooses the customer whose wallet the form below books on. */
  public void manage(OrganisationSummary customer) {
    customerId = customer.id();
    customerName = customer.name() + " – " + customer.ownerEmail();
    overdraw = null;
    long chosen = customer.id();
    ledgerPages =
        new PagedModel<>(
            request -> wallets.transactions(chosen, request), line -> Long.toString(line.id()));
  }

  public String getCustomerName() {
    return customerName;
  }

  public void credit() {
    book(true);
  }

  /** A debit the balance covers is booked; one it does not waits for {@link #debitAnyway}. */
  public void debit() {
    book(false);
  }

  /** Books the debit the balance did not cover, after staff saw what it leaves. */
  public void debitAnyway() {
    overdrawConfirmed = true;
    book(false);
  }

  public void keepBalance() {
    overdraw = null;
  }

  /** The balance before and after a debit it does not cover, while staff decide. */
  public record Overdraw(Money before, Money after) implements Serializable {}

  public Overdraw getOverdraw() {
    return overdraw;
  }

  /**
   * The chosen customer's ledger, newest first, so staff can see and reverse top-ups and credits.
   */
  public PagedModel<LedgerLine> getTransactions() {
    return ledgerPages;
  }

  public void reverse(LedgerLine booking) {
    String actor = currentLogin.login().orElseThrow().name();
    FacesActions.attempt(
        () -> wallets.reverseTopUp(customerId, booking.id(), reason, actor),
        texts.get("admin.customers.reversed"));
  }

  private void book(boolean credit) {
    if (customerId == null) {
      FacesActions.error(texts.get("admin.customers.chooseCustomer"));
      return;
    }
    String actor = currentLogin.login().orElseThrow().name();
    boolean confirmed = overdrawConfirmed;
    overdrawConfirmed = false;
    overdraw = null;
    Runnable booking =
        credit
            ? () -> wallets.credit(customerId, amount, reason, reference, actor)
            : () -> wallets.debit(customerId, amount, reason, reference, actor, confirmed);
    try {
      booking.run();
    } catch (BrandcloudException refused) {
      if (refused.code() == ErrorCode.OVERDRAW_NOT_CONFIRMED) {
        Money now = wallets.balanceOf(customerId);
        overdraw =
            new Overdraw(
                now,
                new Money(
                    new BigDecimal((String) refused.details().get("balanceAfter")),
                    now.currency()));
      } else {
        FacesActions.error(refused);
      }
      return;
    }
    FacesActions.info(
        credit ? texts.get("admin.customers.credited") : texts.get("admin.customers.debited"));
    reference = UUID.randomUUID().toString();
    amount = null;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
