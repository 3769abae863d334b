package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.billing.domain.CreditNoteAmounts;
import io.brandcloud.billing.domain.CreditNoteRepository;
import io.brandcloud.billing.domain.CreditedInvoice;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Corrections of issued invoices. A credit note takes back part or all of an invoice's net amount
 * with its share of the tax, gets the next number of its own gapless series, and refunds the total
 * to the organisation's wallet, all in one transaction; the invoice itself never changes.
 */
@Stateless
public class CreditNotes {

  @Inject CreditNoteRepository notes;
  @Inject MemberAccess members;
  @EJB OwnerMail ownerMail;
  @EJB Wallets wallets;
  @Inject CreditNoteWriter writer;

  /**
   * @param reference the caller's key for this request: the same reference twice issues one note
   */
  public CreditNoteSummary issue(
      long organisationId,
      long invoiceId,
      BigDecimal amount,
      String reason,
      String reference,
      String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    String why = Validation.requireText("reason", reason, 500);
    String requestReference = Validation.requireText("reference", reference, 100);
    Validation.requireAmount("amount", amount, CurrentTenant.require().currency());
    return issue(
        organisationId, invoiceId, amount, LedgerText.asWritten(why), requestReference, actor);
  }

  private CreditNoteSummary issue(
      long organisationId,
      long invoiceId,
      BigDecimal amount,
      LedgerText reason,
      String requestReference,
      String actor) {
    String why = reason.english();
    wallets.holdForCorrection(organisationId);
    CreditedInvoice invoice =
        notes
            .lockInvoice(organisationId, invoiceId)
            .orElseThrow(() -> BrandcloudException.notFound("Invoice " + invoiceId));
    if (invoice.status() != InvoiceStatus.PAID) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          Map.of("status", invoice.status().wireName()),
          "Invoice "
              + invoice.number()
              + " is "
              + invoice.status().wireName()
              + ": only what was paid is credited");
    }
    Currency currency = invoice.currency();
    CreditNoteAmounts amounts;
    try {
      amounts =
          CreditNoteAmounts.of(
              new Money(invoice.subtotal(), currency),
              new Money(invoice.taxTotal(), currency),
              new Money(invoice.creditedSubtotal(), currency),
              new Money(invoice.creditedTaxTotal(), currency),
              new Money(amount, currency));
    } catch (IllegalArgumentException e) {
      throw BrandcloudException.invalid("amount", e.getMessage());
    }
    CreditNoteWriter.Written note =
        writer
            .write(
                invoiceId, invoice.number(), organisationId, amounts, why, requestReference, actor)
            .orElseThrow(
                () ->
                    new BrandcloudException(
                        ErrorCode.CONFLICT,
                        Map.of("reference", requestReference),
                        "A credit note with this reference was already issued"));
    String number = note.number();
    String invoiceNumber = invoice.number();
    writer.refund(organisationId, number, invoiceNumber, amounts, reason, actor);
    mailToOwner(organisationId, number, invoiceNumber, amounts.total());
    return CreditNoteSummary.of(notes.find(note.id()).orElseThrow(), invoiceNumber);
  }

  /**
   * As {@link #issue}, for at most what is left of the invoice to credit: a correction Brandcloud
   * makes of what it billed, which earlier credit notes may have covered in part. Empty when
   * nothing is left, or the amount rounds to nothing.
   */
  public Optional<CreditNoteSummary> issueUpToWhatIsLeft(
      long organisationId,
      long invoiceId,
      BigDecimal amount,
      LedgerText reason,
      String reference,
      String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    CreditedInvoice invoice =
        notes
            .lockInvoice(organisationId, invoiceId)
            .orElseThrow(() -> BrandcloudException.notFound("Invoice " + invoiceId));
    Currency currency = invoice.currency();
    BigDecimal left = invoice.subtotal().subtract(invoice.creditedSubtotal());
    BigDecimal credited = new Money(amount, currency).roundedToMinorUnit().min(left);
    if (credited.signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(issue(organisationId, invoiceId, credited, reason, reference, actor));
  }

  /** The organisation's credit notes, newest first. */
  public List<CreditNoteSummary> of(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return notes.ofOrganisation(organisationId).stream()
        .map(c -> CreditNoteSummary.of(c.note(), c.invoiceNumber()))
        .toList();
  }

  /** A page of the organisation's credit notes, newest first. */
  public Page<CreditNoteSummary> of(long organisationId, PageRequest page) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return notes
        .ofOrganisation(organisationId, page)
        .map(c -> CreditNoteSummary.of(c.note(), c.invoiceNumber()));
  }

  /** One of the organisation's credit notes; another organisation's id is "not found". */
  public CreditNoteSummary one(long organisationId, long creditNoteId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return of(organisationId).stream()
        .filter(c -> c.id() == creditNoteId)
        .findFirst()
        .orElseThrow(() -> BrandcloudException.notFound("Credit note " + creditNoteId));
  }

  private void mailToOwner(long organisationId, String number, String invoiceNumber, Money total) {
    ownerMail.send(
        organisationId,
        MessageType.CREDIT_NOTE_ISSUED,
        Map.of(
            "number",
            number,
            "invoiceNumber",
            invoiceNumber,
            "total",
            total,
            "invoicesUrl",
            PublicUrls.invoices(CurrentTenant.require())));
  }
}
