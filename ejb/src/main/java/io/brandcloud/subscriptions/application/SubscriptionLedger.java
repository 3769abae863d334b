package io.brandcloud.subscriptions.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.application.SubscriptionInvoices;
import io.brandcloud.billing.application.TermBill;
import io.brandcloud.billing.application.WalletLine;
import io.brandcloud.billing.application.WalletPayment;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.TermInvoiceGenerator;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.promotions.application.CouponRedemptions;
import io.brandcloud.promotions.application.Discount;
import io.brandcloud.provisioning.servers.application.SubscriptionServers;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.subscriptions.domain.OrderAnswer;
import io.brandcloud.subscriptions.domain.PlainRenewals;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionEnded;
import io.brandcloud.subscriptions.domain.SubscriptionEvent;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.subscriptions.domain.Term;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a subscription pays and gets back, and the record of it: every amount is a wallet ledger row
 * whose reference names the subscription, how often it moved, its price and the term's first day,
 * so a retry books nothing twice; every step is an event of the subscription and an audit entry.
 */
@ApplicationScoped
public class SubscriptionLedger {

  /** An invoice line holds 300 characters; the term's cycle and dates take the rest. */
  private static final int MAX_NAMED = 240;

  @EJB SubscriptionInvoices invoices;
  @EJB SubscriptionServers servers;
  @Inject SubscriptionRepository subscriptions;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject CouponRedemptions redemptions;
  @EJB Outbox outbox;

  /**
   * Pays a term (and the set-up fee where asked) at {@code price}, less what the subscription's
   * coupons take off the term's price (a line each); false when not covered.
   */
  boolean payTerm(
      Subscription subscription,
      ProductPrice price,
      Term term,
      boolean withSetupFee,
      String productName,
      boolean leaveOpenWhenUnpaid,
      String actor) {
    Currency currency = CurrentTenant.require().currency();
    List<Discount> discounts =
        redemptions.discounts(
            subscription.id(), price.productId(), price.cycle(), price.amount(currency));
    TermBill bill = bill(subscription, price, term, withSetupFee, productName, discounts);
    WalletPayment paid = invoices.payTerm(bill, leaveOpenWhenUnpaid, actor);
    if (paid == WalletPayment.NOT_COVERED) {
      return false;
    }
    if (paid == WalletPayment.PAID) {
      subscription.paidWithDiscount(total(discounts, currency).amount());
      redemptions.used(subscription.id(), discounts);
      record(
          subscription,
          "paid",
          bill.net().roundedToMinorUnit(),
          bill.charge().what()
              + discounts.stream()
                  .map(d -> ", coupon " + d.code() + " " + d.amount().display())
                  .collect(Collectors.joining()),
          actor);
    }
    return true;
  }

  /**
   * Invoices the renewal's term ahead, as {@link #payTerm} would bill it then: open, due the day
   * the term starts, paid by the renewal.
   */
  void invoiceAhead(Subscription subscription, ProductPrice price, Term term, String productName) {
    List<Discount> discounts =
        redemptions.discounts(
            subscription.id(),
            price.productId(),
            price.cycle(),
            price.amount(CurrentTenant.require().currency()));
    invoices.invoiceAhead(
        bill(subscription, price, term, false, productName, discounts), productName, "renewals");
  }

  /** The renewal was called off or changed: a renewal invoiced ahead is voided now. */
  void renewalCalledOff(Subscription subscription, String why, String actor) {
    invoices.voidOpen(subscription.id(), why, actor);
  }

  private TermBill bill(
      Subscription subscription,
      ProductPrice price,
      Term term,
      boolean withSetupFee,
      String productName,
      List<Discount> discounts) {
    Currency currency = CurrentTenant.require().currency();
    Money amount = price.amount(currency);
    Money fee = price.setupFee(currency);
    Money total = withSetupFee ? amount.plus(fee) : amount;
    LedgerText what =
        (withSetupFee && fee.isPositive() ? LedgerWording.TERM_WITH_SETUP_FEE : LedgerWording.TERM)
            .with(productName, price.cycle().wireName(), term.start().toString());
    List<TermInvoiceGenerator.Item> items = new ArrayList<>();
    items.add(
        termItem(
            withAnswers(productName, subscriptions.answersOnInvoice(subscription.id())),
            price.cycle().wireName(),
            term.start(),
            term.end(),
            amount));
    if (withSetupFee && fee.isPositive()) {
      items.add(new TermInvoiceGenerator.Item(LedgerWording.SETUP_FEE_LINE.with(productName), fee));
    }
    discounts.forEach(
        d ->
            items.add(
                new TermInvoiceGenerator.Item(
                    LedgerWording.COUPON_LINE.with(d.code()), d.amount().negate())));
    String codes = discounts.stream().map(Discount::code).collect(Collectors.joining(", "));
    String termReference = reference(subscription, price, term, "term");
    return new TermBill(
        subscription.organisationId(),
        subscription.id(),
        term.start(),
        term.end(),
        termReference,
        new WalletLine(total, what, termReference),
        discounts.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new WalletLine(
                    total(discounts, currency),
                    (discounts.size() == 1 ? LedgerWording.COUPON : LedgerWording.COUPONS)
                        .with(codes, productName, term.start().toString()),
                    reference(subscription, price, term, "discount"))),
        items);
  }

  /** The bill of a plain subscription's next term, as {@link #payTerm} would bill it. */
  TermBill plainBill(PlainRenewals.Due due, Currency currency) {
    Money amount = new Money(due.amount(), currency);
    String reference =
        reference(due.subscriptionId(), due.generation(), due.priceId(), due.termStart(), "term");
    return new TermBill(
        due.organisationId(),
        due.subscriptionId(),
        due.termStart(),
        due.termEnd(),
        reference,
        new WalletLine(
            amount,
            LedgerWording.TERM.with(due.productName(), due.cycle(), due.termStart().toString()),
            reference),
        Optional.empty(),
        List.of(termItem(due.productName(), due.cycle(), due.termStart(), due.termEnd(), amount)));
  }

  /**
   * The product's name with the answers staff print on invoices, e.g. {@code Hosting (Domain name:
   * example.com)}, cut to what an invoice line holds with room for the term.
   */
  private static String withAnswers(String productName, List<OrderAnswer> printed) {
    if (printed.isEmpty()) {
      return productName;
    }
    String named =
        productName
            + " ("
            + printed.stream().map(OrderAnswer::printed).collect(Collectors.joining("; "))
            + ")";
    return named.length() <= MAX_NAMED ? named : named.substring(0, MAX_NAMED - 1) + "\u2026";
  }

  private static TermInvoiceGenerator.Item termItem(
      String productName, String cycle, LocalDate start, LocalDate end, Money amount) {
    return new TermInvoiceGenerator.Item(
        LedgerWording.TERM_LINE.with(
            productName, cycle, start.toString(), end.minusDays(1).toString()),
        amount);
  }

  /** The tax the organisation pays on {@code net} of a subscription today. */
  Money taxOn(Subscription subscription, Money net) {
    return invoices.taxOn(subscription.organisationId(), net);
  }

  /** What {@link #credit} would give back of {@code net}: with its share of the term's tax. */
  Money creditWithTax(Subscription subscription, ProductPrice price, Term term, Money net) {
    return invoices.withTaxShare(
        subscription.organisationId(), reference(subscription, price, term, "term"), net);
  }

  /** What the subscription's coupons would take off a first term at {@code price}. */
  Money discountOn(Subscription subscription, ProductPrice price) {
    Money amount = price.amount(CurrentTenant.require().currency());
    return total(
        redemptions.discounts(subscription.id(), price.productId(), price.cycle(), amount),
        amount.currency());
  }

  private static Money total(List<Discount> discounts, Currency currency) {
    return discounts.stream().map(Discount::amount).reduce(Money.zero(currency), Money::plus);
  }

  /** Gives back the unused part of a term, from {@code from} on. */
  void credit(
      Subscription subscription,
      ProductPrice price,
      Term term,
      Money credit,
      String productName,
      String actor) {
    if (!credit.isPositive()) {
      return;
    }
    LedgerText what = LedgerWording.TERM_CREDIT.with(productName, term.end().toString());
    if (invoices.creditTerm(
        subscription.organisationId(),
        reference(subscription, price, term, "term"),
        credit,
        what,
        reference(subscription, price, term, "credit"),
        actor)) {
      record(subscription, "credited", credit.roundedToMinorUnit().negate(), what.english(), actor);
    }
  }

  /**
   * The subscription ended: recorded, its open invoices voided, its server deleted, and announced
   * so what hangs on it ends too.
   */
  void ended(Subscription subscription, String kind, String detail, String actor) {
    record(subscription, kind, null, detail, actor);
    invoices.voidOpen(subscription.id(), "the subscription ended " + detail, actor);
    servers.terminate(subscription.id(), "its subscription ended");
    outbox.publish(new SubscriptionEnded(subscription.id(), subscription.organisationId()));
  }

  /** The subscription moved to another product: a server it pays for moves to that one's plan. */
  void moved(Subscription subscription, Product product) {
    product
        .planId()
        .ifPresent(
            plan ->
                servers.resize(
                    subscription.id(), plan, "subscription changed to " + product.name()));
  }

  /**
   * A term paid: renewed, or resumed when it was unpaid, when a server it pays for starts again.
   */
  void renewed(Subscription subscription, boolean wasUnpaid, String detail, String actor) {
    if (wasUnpaid) {
      servers.resume(subscription.id(), "subscription renewal paid");
    }
    record(subscription, wasUnpaid ? "resumed" : "renewed", null, detail, actor);
  }

  void record(
      Subscription subscription, String kind, BigDecimal amount, String detail, String actor) {
    subscriptions.record(
        new SubscriptionEvent(subscription.id(), kind, amount, detail, actor, clock.now()));
    audit.record(
        actor,
        "subscription." + kind,
        "subscription " + subscription.id(),
        amount == null ? detail : amount.toPlainString() + " " + detail);
  }

  private static String reference(
      Subscription subscription, ProductPrice price, Term term, String kind) {
    return reference(subscription.id(), subscription.generation(), price.id(), term.start(), kind);
  }

  private static String reference(
      long subscriptionId, int generation, long priceId, LocalDate termStart, String kind) {
    return "sub:"
        + subscriptionId
        + ":"
        + generation
        + ":"
        + priceId
        + ":"
        + termStart
        + ":"
        + kind;
  }
}
