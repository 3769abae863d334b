package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.CreditNote;
import io.brandcloud.billing.domain.CreditNoteAmounts;
import io.brandcloud.billing.infrastructure.DocumentNumbers;
import io.brandcloud.identity.application.MemberAccess;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Corrections of issued invoices. A credit note takes back part or all of an invoice's net amount
 * with its share of the tax, gets the next number of its own gapless series, and refunds the total
 * to the organisation's wallet, all in one transaction; the invoice itself never changes.
 */
@Stateless
public class CreditNotes {

  @PersistenceContext EntityManager em;
  @Inject MemberAccess members;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB OwnerMail ownerMail;
  @EJB Wallets wallets;
  @EJB SellerProfile seller;

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
    Object[] invoice = lockInvoice(organisationId, invoiceId);
    Currency currency = Currency.getInstance(((String) invoice[1]).strip());
    Object[] credited = credited(invoiceId);
    CreditNoteAmounts amounts;
    try {
      amounts =
          CreditNoteAmounts.of(
              new Money((BigDecimal) invoice[2], currency),
              new Money((BigDecimal) invoice[3], currency),
              new Money((BigDecimal) credited[0], currency),
              new Money((BigDecimal) credited[1], currency),
              new Money(amount, currency));
    } catch (IllegalArgumentException e) {
      throw BrandcloudException.invalid("amount", e.getMessage());
    }
    Instant now = clock.now();
    String number =
        em.unwrap(Session.class)
            .doReturningWork(
                connection ->
                    DocumentNumbers.CREDIT_NOTE
                        .reserve(
                            connection, now.atZone(CurrentTenant.require().timeZone()).getYear(), 1)
                        .get(0));
    List<?> inserted =
        em.createNativeQuery(
                "INSERT INTO credit_notes (number, invoice_id, organisation_id, reason,"
                    + " currency, subtotal, tax_total, total, request_reference, issued_by,"
                    + " issued_at, seller) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                    + " ON CONFLICT (request_reference) DO NOTHING RETURNING id")
            .setParameter(1, number)
            .setParameter(2, invoiceId)
            .setParameter(3, organisationId)
            .setParameter(4, why)
            .setParameter(5, currency.getCurrencyCode())
            .setParameter(6, amounts.net().roundedToMinorUnit())
            .setParameter(7, amounts.tax().roundedToMinorUnit())
            .setParameter(8, amounts.total().roundedToMinorUnit())
            .setParameter(9, requestReference)
            .setParameter(10, actor)
            .setParameter(11, Timestamp.from(now))
            .setParameter(12, seller.current().printed(CurrentTenant.require().name()))
            .getResultList();
    if (inserted.isEmpty()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          Map.of("reference", requestReference),
          "A credit note with this reference was already issued");
    }
    long id = ((Number) inserted.get(0)).longValue();
    String invoiceNumber = (String) invoice[0];
    wallets.refund(
        organisationId,
        amounts.total().roundedToMinorUnit(),
        "credit-note:" + number,
        "Credit note " + number + " for invoice " + invoiceNumber + ": " + why,
        actor);
    audit.record(
        actor,
        "invoice.credited",
        "organisation " + organisationId,
        number + " for " + invoiceNumber + ", " + amounts.total().display() + ": " + why);
    mailToOwner(organisationId, number, invoiceNumber, amounts.total());
    return CreditNoteSummary.of(em.find(CreditNote.class, id), invoiceNumber);
  }

  /** The organisation's credit notes, newest first. */
  public List<CreditNoteSummary> of(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return em
        .createQuery(
            "select c, i.number from CreditNote c, Invoice i where i.id = c.invoiceId"
                + " and c.organisationId = :organisation order by c.issuedAt desc, c.id desc",
            Object[].class)
        .setParameter("organisation", organisationId)
        .getResultList()
        .stream()
        .map(r -> CreditNoteSummary.of((CreditNote) r[0], (String) r[1]))
        .toList();
  }

  /** One of the organisation's credit notes; another organisation's id is "not found". */
  public CreditNoteSummary one(long organisationId, long creditNoteId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return of(organisationId).stream()
        .filter(c -> c.id() == creditNoteId)
        .findFirst()
        .orElseThrow(() -> BrandcloudException.notFound("Credit note " + creditNoteId));
  }

  private Object[] lockInvoice(long organisationId, long invoiceId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT number, currency, subtotal, tax_total FROM invoices"
                    + " WHERE id = ?1 AND organisation_id = ?2 FOR UPDATE")
            .setParameter(1, invoiceId)
            .setParameter(2, organisationId)
            .getResultList();
    if (rows.isEmpty()) {
      throw BrandcloudException.notFound("Invoice " + invoiceId);
    }
    return (Object[]) rows.get(0);
  }

  private Object[] credited(long invoiceId) {
    return (Object[])
        em.createNativeQuery(
                "SELECT COALESCE(sum(subtotal), 0), COALESCE(sum(tax_total), 0) FROM credit_notes"
                    + " WHERE invoice_id = ?1")
            .setParameter(1, invoiceId)
            .getSingleResult();
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
            PublicUrls.portal(CurrentTenant.require().slug()) + "/portal/invoices.xhtml"));
  }
}
