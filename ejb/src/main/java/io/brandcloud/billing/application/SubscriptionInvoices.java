package io.brandcloud.billing.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.BillingParties;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.domain.CreditNoteAmounts;
import io.brandcloud.billing.domain.CreditNoteRepository;
import io.brandcloud.billing.domain.CreditedInvoice;
import io.brandcloud.billing.domain.InvoiceRepository;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.billing.domain.InvoiceTerms;
import io.brandcloud.billing.domain.NumberedInvoice;
import io.brandcloud.billing.domain.ProposedInvoice;
import io.brandcloud.billing.domain.TermInvoice;
import io.brandcloud.billing.domain.TermInvoiceGenerator;
import io.brandcloud.billing.domain.TermPayments;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The invoices of subscriptions' terms, in the caller's transaction. A term is invoiced with its
 * tax when it is paid, or left open when the wallet cannot pay a renewal (paid when it can, voided
 * with a credit note when the subscription ends unpaid); the unused part of a paid term given back
 * is a credit note on the term's invoice, its share of the tax with it. The term's reference names
 * its invoice and its ledger rows, so a retry invoices and books nothing twice.
 */
@Stateless
public class SubscriptionInvoices {

  @Inject InvoiceRepository invoices;
  @Inject BillingParties parties;
  @Inject CreditNoteRepository notes;
  @Inject TermPayments payments;
  @Inject InvoiceVoids voids;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB Wallets wallets;
  @EJB TaxRules taxRules;
  @EJB SellerProfile seller;

  /**
   * A term to bill: the ledger's charge (the term with any set-up fee) and discount, and the items
   * the invoice prints (a discount negative).
   */
  public record TermBill(
      long organisationId,
      long subscriptionId,
      LocalDate termStart,
      LocalDate termEnd,
      String reference,
      WalletLine charge,
      Optional<WalletLine> discount,
      List<TermInvoiceGenerator.Item> items) {

    Money net() {
      return charge.amount().minus(discount.map(WalletLine::amount).orElse(zero()));
    }

    private Money zero() {
      return Money.zero(charge.amount().currency());
    }
  }

  /**
   * Pays the term from the wallet with its tax, and invoices it paid. When the wallet cannot pay,
   * nothing is taken and, if {@code leaveOpenWhenUnpaid}, the term's invoice is issued open, due on
   * the term's first day; paying it later marks that invoice paid.
   */
  public WalletPayment payTerm(TermBill bill, boolean leaveOpenWhenUnpaid, String actor) {
    wallets.holdForPayment(bill.organisationId());
    Optional<TermInvoice> issued = invoices.termInvoiceForUpdate(bill.reference());
    if (issued.isPresent() && issued.get().status() != InvoiceStatus.OPEN) {
      return WalletPayment.ALREADY_PAID;
    }
    Currency currency = bill.charge().amount().currency();
    ProposedInvoice proposed = issued.isPresent() ? null : propose(bill, currency);
    Money tax =
        issued.map(i -> new Money(i.taxTotal(), currency)).orElseGet(() -> proposed.taxTotal());
    issued.ifPresent(i -> requireSameBill(i, bill, currency));
    WalletPayment paid =
        wallets.payForSubscription(
            bill.organisationId(),
            bill.charge(),
            bill.discount(),
            Optional.of(tax)
                .filter(Money::isPositive)
                .map(
                    t ->
                        new WalletLine(
                            t, "Tax on " + bill.charge().what(), "tax:" + bill.reference())),
            actor);
    Instant now = clock.now();
    if (paid == WalletPayment.PAID) {
      if (issued.isPresent()) {
        invoices.markPaid(issued.get().id(), now);
      } else {
        issue(bill, proposed, now, now);
      }
    } else if (paid == WalletPayment.NOT_COVERED && issued.isEmpty() && leaveOpenWhenUnpaid) {
      issue(bill, proposed, now, null);
    }
    return paid;
  }

  /**
   * Pays many terms in one go, in the caller's transaction: the wallets locked, each wallet paying
   * its terms in the order given as far as its balance goes, each term paid with its tax and
   * invoiced paid. Terms a wallet cannot pay are left alone (no invoice): the one-by-one renewal
   * opens theirs. Answers the subscriptions whose term was paid now.
   */
  public Set<Long> payTermsInBulk(List<TermBill> bills, String actor) {
    if (bills.isEmpty()) {
      return Set.of();
    }
    Set<Long> organisations =
        bills.stream().map(TermBill::organisationId).collect(Collectors.toSet());
    Map<Long, TermPayments.LockedWallet> wallets = payments.lockWallets(organisations);
    Map<Long, BillingParty> billed = payments.parties(organisations);
    Currency currency = CurrentTenant.require().currency();
    TermInvoiceGenerator generator = new TermInvoiceGenerator(currency, taxRules.policy());
    Map<Long, BigDecimal> left = new HashMap<>();
    wallets.forEach((organisation, wallet) -> left.put(organisation, wallet.balance()));
    List<TermBill> paying = new ArrayList<>();
    List<ProposedInvoice> proposed = new ArrayList<>();
    for (TermBill bill : bills) {
      BigDecimal balance = left.get(bill.organisationId());
      if (balance == null) {
        continue;
      }
      ProposedInvoice invoice =
          generator.generate(
              bill.organisationId(),
              billed.get(bill.organisationId()),
              bill.termStart(),
              bill.termEnd(),
              bill.items());
      BigDecimal due = bill.net().plus(invoice.taxTotal()).amount();
      if (balance.compareTo(due) >= 0) {
        left.put(bill.organisationId(), balance.subtract(due));
        paying.add(bill);
        proposed.add(invoice);
      }
    }
    Instant now = clock.now();
    List<TermPayments.Booking> charges = new ArrayList<>();
    for (TermBill bill : paying) {
      long wallet = wallets.get(bill.organisationId()).walletId();
      charges.add(
          new TermPayments.Booking(
              wallet,
              "SUBSCRIPTION",
              bill.charge().amount().amount().negate(),
              bill.charge().reference(),
              bill.charge().what()));
      bill.discount()
          .filter(d -> d.amount().isPositive())
          .ifPresent(
              d ->
                  charges.add(
                      new TermPayments.Booking(
                          wallet, "SUBSCRIPTION", d.amount().amount(), d.reference(), d.what())));
    }
    Set<String> booked = payments.book(charges, actor, now);
    List<TermPayments.Booking> taxes = new ArrayList<>();
    List<NumberedInvoice> invoiced = new ArrayList<>();
    List<ProposedInvoice> paid = new ArrayList<>();
    List<TermBill> paidBills = new ArrayList<>();
    for (int i = 0; i < paying.size(); i++) {
      TermBill bill = paying.get(i);
      if (!booked.contains(bill.charge().reference())) {
        continue;
      }
      paidBills.add(bill);
      paid.add(proposed.get(i));
      Money tax = proposed.get(i).taxTotal();
      if (tax.isPositive()) {
        taxes.add(
            new TermPayments.Booking(
                wallets.get(bill.organisationId()).walletId(),
                "TAX",
                tax.amount().negate(),
                "tax:" + bill.reference(),
                "Tax on " + bill.charge().what()));
      }
    }
    payments.book(taxes, actor, now);
    TenantContext tenant = CurrentTenant.require();
    List<String> numbers =
        invoices.reserveNumbers(now.atZone(tenant.timeZone()).getYear(), paidBills.size());
    for (int i = 0; i < paidBills.size(); i++) {
      TermBill bill = paidBills.get(i);
      invoiced.add(
          new NumberedInvoice(
              numbers.get(i),
              paid.get(i),
              InvoiceTerms.term(bill.subscriptionId(), bill.reference(), bill.termStart(), now)));
    }
    invoices.storeDocuments(invoiced, now, seller.current().printed(tenant.name()));
    return paidBills.stream().map(TermBill::subscriptionId).collect(Collectors.toSet());
  }

  /** The tax the organisation would pay on a subscription's net amount today. */
  public Money taxOn(long organisationId, Money net) {
    if (!net.isPositive()) {
      return Money.zero(net.currency());
    }
    return taxRules.policy().assess(party(organisationId), net).total(net.currency());
  }

  /**
   * What giving back {@code net} of the term billed under {@code termReference} returns with its
   * share of the term's tax; {@code net} alone when the term has no invoice (paid before terms were
   * invoiced).
   */
  public Money withTaxShare(long organisationId, String termReference, Money net) {
    return creditAmounts(organisationId, termReference, net)
        .map(CreditNoteAmounts::total)
        .orElse(net);
  }

  /**
   * Gives back {@code net} of a paid term: a credit note on the term's invoice for it and its share
   * of the tax, refunded to the wallet; a plain wallet credit for a term paid before terms were
   * invoiced. False when the reference was given back before, or nothing is left to give.
   */
  public boolean creditTerm(
      long organisationId,
      String termReference,
      Money net,
      String what,
      String creditReference,
      String actor) {
    Optional<TermInvoice> invoice =
        invoices.termInvoiceForUpdate(termReference).filter(i -> i.status() == InvoiceStatus.PAID);
    if (invoice.isEmpty()) {
      return wallets.creditFromSubscription(organisationId, net, what, creditReference, actor);
    }
    Optional<CreditNoteAmounts> amounts = creditAmounts(organisationId, termReference, net);
    if (amounts.isEmpty()) {
      return false;
    }
    Optional<String> number =
        voids.write(invoice.get(), amounts.get(), what, creditReference, actor);
    number.ifPresent(
        n ->
            wallets.refund(
                organisationId,
                amounts.get().total().roundedToMinorUnit(),
                "credit-note:" + n,
                "Credit note " + n + " for invoice " + invoice.get().number() + ": " + what,
                actor));
    return number.isPresent();
  }

  /**
   * Voids the subscription's open invoices, each with a credit note for all of it: nothing was
   * paid, so nothing is refunded.
   */
  public void voidOpen(long subscriptionId, String why, String actor) {
    for (TermInvoice invoice : invoices.openOfSubscription(subscriptionId)) {
      voids.voidWhole(invoice, why, actor);
    }
  }

  private Optional<CreditNoteAmounts> creditAmounts(
      long organisationId, String termReference, Money net) {
    Optional<TermInvoice> invoice =
        invoices.termInvoiceForUpdate(termReference).filter(i -> i.status() == InvoiceStatus.PAID);
    if (invoice.isEmpty()) {
      return Optional.empty();
    }
    CreditedInvoice credited = notes.lockInvoice(organisationId, invoice.get().id()).orElseThrow();
    Currency currency = credited.currency();
    Money left = new Money(credited.subtotal().subtract(credited.creditedSubtotal()), currency);
    Money wanted = new Money(net.roundedToMinorUnit(), currency);
    Money given = wanted.compareTo(left) > 0 ? left : wanted;
    if (!given.isPositive()) {
      return Optional.empty();
    }
    return Optional.of(
        CreditNoteAmounts.of(
            new Money(credited.subtotal(), currency),
            new Money(credited.taxTotal(), currency),
            new Money(credited.creditedSubtotal(), currency),
            new Money(credited.creditedTaxTotal(), currency),
            given));
  }

  private ProposedInvoice propose(TermBill bill, Currency currency) {
    return new TermInvoiceGenerator(currency, taxRules.policy())
        .generate(
            bill.organisationId(),
            party(bill.organisationId()),
            bill.termStart(),
            bill.termEnd(),
            bill.items());
  }

  private void issue(TermBill bill, ProposedInvoice proposed, Instant now, Instant paidAt) {
    TenantContext tenant = CurrentTenant.require();
    String number = invoices.reserveNumbers(now.atZone(tenant.timeZone()).getYear(), 1).get(0);
    invoices.storeDocuments(
        List.of(
            new NumberedInvoice(
                number,
                proposed,
                InvoiceTerms.term(
                    bill.subscriptionId(), bill.reference(), bill.termStart(), paidAt))),
        now,
        seller.current().printed(tenant.name()));
    if (paidAt == null) {
      // a paid term is in the subscription's own record; an open one is news
      audit.record(
          "invoicing",
          "invoice.opened",
          "organisation " + bill.organisationId(),
          number + " " + proposed.total().display() + " for subscription " + bill.subscriptionId());
    }
  }

  private static void requireSameBill(TermInvoice invoice, TermBill bill, Currency currency) {
    if (new Money(invoice.subtotal(), currency)
            .compareTo(new Money(bill.net().roundedToMinorUnit(), currency))
        != 0) {
      throw new IllegalStateException(
          "Invoice " + invoice.number() + " bills " + invoice.subtotal() + ", not " + bill.net());
    }
  }

  private BillingParty party(long organisationId) {
    return parties
        .of(organisationId)
        .orElseThrow(() -> new IllegalStateException("No organisation " + organisationId));
  }
}
