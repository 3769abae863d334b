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
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.NumberedInvoice;
import io.brandcloud.billing.domain.ProposedInvoice;
import io.brandcloud.billing.domain.TermInvoice;
import io.brandcloud.billing.domain.TermInvoiceGenerator;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
  @Inject CreditNoteWriter creditNoteWriter;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB Wallets wallets;
  @EJB TaxRules taxRules;
  @EJB SellerProfile seller;
  @EJB OwnerMail ownerMail;

  /**
   * Pays the term from the wallet with its tax, and invoices it paid. When the wallet cannot pay,
   * nothing is taken and, if {@code leaveOpenWhenUnpaid}, the term's invoice is issued open, due on
   * the term's first day; paying it later marks that invoice paid.
   */
  public WalletPayment payTerm(TermBill bill, boolean leaveOpenWhenUnpaid, String actor) {
    wallets.holdForPayment(bill.organisationId());
    voidStale(bill, actor);
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
                            t,
                            LedgerWording.TAX_ON.withTexts(bill.charge().text()),
                            "tax:" + bill.reference())),
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
   * Invoices a term ahead of its renewal: open, due on the term's first day, the owner mailed; the
   * renewal pays this invoice. Nothing when the term is invoiced already.
   */
  public void invoiceAhead(TermBill bill, String subscriptionName, String actor) {
    if (invoices.termInvoiceForUpdate(bill.reference()).isPresent()) {
      return;
    }
    ProposedInvoice proposed = propose(bill, bill.charge().amount().currency());
    Instant now = clock.now();
    String number = issue(bill, proposed, now, null);
    TenantContext tenant = CurrentTenant.require();
    ownerMail.send(
        bill.organisationId(),
        MessageType.SUBSCRIPTION_RENEWAL_INVOICE,
        Map.of(
            "subscription",
            subscriptionName,
            "number",
            number,
            "dueOn",
            bill.termStart(),
            "total",
            proposed.total(),
            "invoicesUrl",
            PublicUrls.invoices(tenant)));
    audit.record(actor, "invoice.ahead", "subscription " + bill.subscriptionId(), number);
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
      LedgerText what,
      String creditReference,
      String actor) {
    // the wallet first, as paying a term takes it: the two never wait on each other's locks
    wallets.holdForPayment(organisationId);
    Optional<TermInvoice> invoice =
        invoices.termInvoiceForUpdate(termReference).filter(i -> i.status() == InvoiceStatus.PAID);
    if (invoice.isEmpty()) {
      return wallets.creditFromSubscription(organisationId, net, what, creditReference, actor);
    }
    Optional<CreditNoteAmounts> amounts = creditAmounts(organisationId, termReference, net);
    if (amounts.isEmpty()) {
      return false;
    }
    String number =
        creditNoteWriter.writeOnce(
            invoice.get(), amounts.get(), what.english(), creditReference, actor);
    creditNoteWriter.refund(
        organisationId, number, invoice.get().number(), amounts.get(), what, actor);
    return true;
  }

  /**
   * Voids the subscription's open invoices, each with a credit note for all of it: nothing was
   * paid, so nothing is refunded.
   */
  public void voidOpen(long subscriptionId, String why, String actor) {
    for (TermInvoice invoice : invoices.openOfSubscription(subscriptionId)) {
      creditNoteWriter.voidWhole(invoice, why, actor);
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

  /**
   * Open invoices of the subscription for another term than the one billed now (a term invoiced
   * ahead that a change or a price move replaced) are voided: the customer owes the new one.
   */
  private void voidStale(TermBill bill, String actor) {
    for (TermInvoice open : invoices.openOfSubscription(bill.subscriptionId())) {
      if (!bill.reference().equals(open.sourceReference())) {
        creditNoteWriter.voidWhole(open, "replaced by the invoice of the term now billed", actor);
      }
    }
  }

  private String issue(TermBill bill, ProposedInvoice proposed, Instant now, Instant paidAt) {
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
    return number;
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
