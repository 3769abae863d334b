package io.brandcloud.billing.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.CreditNoteAmounts;
import io.brandcloud.billing.domain.CreditNoteRepository;
import io.brandcloud.billing.domain.InvoiceRepository;
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
 * Credit notes Brandcloud writes itself, in the caller's transaction: one for part of a paid
 * invoice, or one that voids an open invoice whole. Each takes the next number of the credit note
 * series; its reference makes it once.
 */
@ApplicationScoped
public class InvoiceVoids {

  @Inject CreditNoteRepository notes;
  @Inject InvoiceRepository invoices;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB SellerProfile seller;

  /** Voids an open invoice: nothing was paid, so the credit note refunds nothing. */
  void voidWhole(TermInvoice invoice, String why, String actor) {
    if (!invoices.markVoid(invoice.id())) {
      return;
    }
    Currency currency = CurrentTenant.require().currency();
    if (invoice.subtotal().signum() > 0) {
      write(
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

  /**
   * A credit note on the invoice; its number. A reference used before is a bug (each names a term
   * and a change of it, or an invoice voided once): it rolls back rather than leave a gap.
   */
  Optional<String> write(
      TermInvoice invoice, CreditNoteAmounts amounts, String why, String reference, String actor) {
    TenantContext tenant = CurrentTenant.require();
    Instant now = clock.now();
    String number = notes.reserveNumber(now.atZone(tenant.timeZone()).getYear());
    Optional<Long> stored =
        notes.add(
            new NewCreditNote(
                number,
                invoice.id(),
                invoice.organisationId(),
                why.length() > 500 ? why.substring(0, 500) : why,
                tenant.currency(),
                amounts.net().roundedToMinorUnit(),
                amounts.tax().roundedToMinorUnit(),
                amounts.total().roundedToMinorUnit(),
                reference,
                actor,
                now,
                seller.current().printed(tenant.name())));
    if (stored.isEmpty()) {
      // its number is taken: rolling back gives it back, so the series keeps no gap
      throw new IllegalStateException("A credit note with reference " + reference + " exists");
    }
    stored.ifPresent(
        id ->
            audit.record(
                actor,
                "invoice.credited",
                "organisation " + invoice.organisationId(),
                number + " for " + invoice.number() + ", " + amounts.total().display()));
    return stored.map(id -> number);
  }
}
