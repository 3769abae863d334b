package io.brandcloud.billing.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.CreditNoteAmounts;
import io.brandcloud.billing.domain.CreditNoteRepository;
import io.brandcloud.billing.domain.InvoiceRepository;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.NewCreditNote;
import io.brandcloud.billing.domain.TermInvoice;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

/**
 * Credit notes as they are written, in the caller's transaction: by staff, for part of a paid
 * invoice, or one that voids an open invoice whole. Each takes the next number of the credit note
 * series; its reference makes it once.
 */
@ApplicationScoped
public class CreditNoteWriter {

  @Inject CreditNoteRepository notes;
  @Inject InvoiceRepository invoices;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB SellerProfile seller;
  @EJB Wallets wallets;

  /** Voids an open invoice: nothing was paid, so the credit note refunds nothing. */
  void voidWhole(TermInvoice invoice, String why, String actor) {
    if (!invoices.markVoid(invoice.id())) {
      return;
    }
    Currency currency = CurrentTenant.require().currency();
    if (invoice.subtotal().signum() > 0) {
      writeOnce(
          invoice,
          new CreditNoteAmounts(
              new Money(invoice.subtotal(), currency), new Money(invoice.taxTotal(), currency)),
          "Void: " + why,
          "void:" + invoice.number(),
          actor);
    }
    audit.record(
        actor, "invoice.voided", "organisation " + invoice.organisationId(), invoice.number());
  }

  /** A credit note stored: its id and number. */
  record Written(long id, String number) {}

  /**
   * A credit note on the invoice, numbered next in its series; empty, with its number given back
   * when the caller rolls back, when the reference was used before.
   */
  Optional<Written> write(
      long invoiceId,
      String invoiceNumber,
      long organisationId,
      CreditNoteAmounts amounts,
      String why,
      String reference,
      String actor) {
    TenantContext tenant = CurrentTenant.require();
    Instant now = clock.now();
    String number = notes.reserveNumber(now.atZone(tenant.timeZone()).getYear());
    Optional<Long> stored =
        notes.add(
            new NewCreditNote(
                number,
                invoiceId,
                organisationId,
                why.length() > 500 ? why.substring(0, 500) : why,
                amounts.net().currency(),
                amounts.net().roundedToMinorUnit(),
                amounts.tax().roundedToMinorUnit(),
                amounts.total().roundedToMinorUnit(),
                reference,
                actor,
                now,
                seller.current().printed(tenant.name())));
    stored.ifPresent(
        id ->
            audit.record(
                actor,
                "invoice.credited",
                "organisation " + organisationId,
                number + " for " + invoiceNumber + ", " + amounts.total().display() + ": " + why));
    return stored.map(id -> new Written(id, number));
  }

  /** Gives the credit note's total back to the wallet, once (its reference is the note's). */
  void refund(
      long organisationId,
      String number,
      String invoiceNumber,
      CreditNoteAmounts amounts,
      LedgerText why,
      String actor) {
    wallets.refund(
        organisationId,
        amounts.total().roundedToMinorUnit(),
        "credit-note:" + number,
        LedgerWording.CREDIT_NOTE.withTexts(
            LedgerText.asWritten(number), LedgerText.asWritten(invoiceNumber), why),
        actor);
  }

  /** As {@link #write}, for references that name what they credit once: a repeat is a bug. */
  String writeOnce(
      TermInvoice invoice, CreditNoteAmounts amounts, String why, String reference, String actor) {
    return write(
            invoice.id(),
            invoice.number(),
            invoice.organisationId(),
            amounts,
            why,
            reference,
            actor)
        .map(Written::number)
        .orElseThrow(
            // rolled back, its number is given back: the series keeps no gap
            () ->
                new IllegalStateException("A credit note with reference " + reference + " exists"));
  }
}
