package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.BillingParties;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.domain.InvoiceRepository;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.ManualInvoiceStore;
import io.brandcloud.billing.domain.ProposedInvoice;
import io.brandcloud.billing.domain.TermInvoice;
import io.brandcloud.billing.domain.TermInvoiceGenerator;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices staff write for one-off work: a draft of free lines (no number, not shown to the
 * customer) that staff edit or delete, issued with the next number of the series and the tenant's
 * taxes, paid by the customer from the wallet, or voided with a credit note.
 */
@Stateless
public class ManualInvoices {

  static final int MAX_LINES = 50;
  static final int MAX_DUE_DAYS = 365;

  @Inject ManualInvoiceStore store;
  @Inject MemberAccess members;
  @Inject InvoiceRepository invoices;
  @Inject BillingParties parties;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject CreditNoteWriter creditNoteWriter;
  @EJB TaxRules taxRules;
  @EJB SellerProfile seller;
  @EJB Wallets wallets;
  @EJB OwnerMail ownerMail;
  @EJB Invoicing invoicing;

  /** A line as staff type it. */
  public record LineInput(String description, BigDecimal amount) {}

  /** A draft for the organisation, due {@code dueInDays} after it is issued; its id. */
  public long draft(long organisationId, List<LineInput> lines, int dueInDays, String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    party(organisationId);
    LocalDate today = today();
    long id =
        store.addDraft(
            organisationId,
            CurrentTenant.require().currency(),
            checked(lines),
            today.plusDays(checkedDays(dueInDays)),
            clock.now());
    audit.record(actor, "invoice.drafted", "organisation " + organisationId, "draft " + id);
    return id;
  }

  public void edit(
      long organisationId, long invoiceId, List<LineInput> lines, int dueInDays, String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    ManualInvoiceStore.Draft draft = requireDraft(organisationId, invoiceId);
    store.replaceDraft(
        draft.id(), checked(lines), draft.writtenOn().plusDays(checkedDays(dueInDays)));
    audit.record(
        actor, "invoice.draft_edited", "organisation " + organisationId, "draft " + invoiceId);
  }

  public void delete(long organisationId, long invoiceId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    store.deleteDraft(requireDraft(organisationId, invoiceId).id());
    audit.record(
        actor, "invoice.draft_deleted", "organisation " + organisationId, "draft " + invoiceId);
  }

  /** Numbers the draft, adds the taxes and mails the owner: the customer can pay it now. */
  public InvoiceSummary issue(long organisationId, long invoiceId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    ManualInvoiceStore.Draft draft = requireDraft(organisationId, invoiceId);
    TenantContext tenant = CurrentTenant.require();
    Currency currency = tenant.currency();
    LocalDate today = today();
    ProposedInvoice invoice =
        new TermInvoiceGenerator(currency, taxRules.policy())
            .generate(
                organisationId,
                party(organisationId),
                today,
                today.plusDays(1),
                draft.lines().stream()
                    .map(
                        l ->
                            new TermInvoiceGenerator.Item(
                                l.description(), new Money(l.amount(), currency)))
                    .toList());
    LocalDate dueOn = today.plusDays(ChronoUnit.DAYS.between(draft.writtenOn(), draft.dueOn()));
    Instant now = clock.now();
    String number = invoices.reserveNumbers(now.atZone(tenant.timeZone()).getYear(), 1).get(0);
    store.issue(draft.id(), number, invoice, dueOn, seller.current().printed(tenant.name()), now);
    audit.record(
        actor,
        "invoice.issued",
        "organisation " + organisationId,
        number + " " + invoice.total().display());
    ownerMail.send(
        organisationId,
        MessageType.INVOICE_ISSUED,
        Map.of(
            "number",
            number,
            "period",
            today,
            "total",
            invoice.total(),
            "invoicesUrl",
            PublicUrls.invoices(tenant)));
    return invoicing.invoiceOf(organisationId, draft.id());
  }

  /** Voids an open invoice staff wrote, with a credit note for all of it. */
  public void voidInvoice(long organisationId, long invoiceId, String reason, String actor) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    String why = Validation.requireText("reason", reason, 400);
    creditNoteWriter.voidWhole(requireOpen(organisationId, invoiceId), why, actor);
  }

  /**
   * The customer pays an open invoice staff wrote from the wallet, with its tax: 402 when the
   * wallet does not cover it, 404 for one that is not theirs or not open.
   */
  public InvoiceSummary pay(long organisationId, long invoiceId) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    TermInvoice invoice = requireOpen(organisationId, invoiceId);
    Currency currency = CurrentTenant.require().currency();
    Money tax = new Money(invoice.taxTotal(), currency);
    String actor = CurrentCaller.require().name();
    WalletPayment paid =
        wallets.payInvoice(
            organisationId,
            new WalletLine(
                new Money(invoice.subtotal(), currency),
                LedgerWording.INVOICE.with(invoice.number()),
                "invoice:" + invoice.number()),
            Optional.of(tax)
                .filter(Money::isPositive)
                .map(
                    t ->
                        new WalletLine(
                            t,
                            LedgerWording.INVOICE_TAX.with(invoice.number()),
                            "tax:" + invoice.number())),
            actor);
    if (paid == WalletPayment.NOT_COVERED) {
      throw new BrandcloudException(
          ErrorCode.INSUFFICIENT_FUNDS,
          wallets.balanceOf(organisationId).display(),
          "invoice "
              + invoice.number()
              + " ("
              + new Money(invoice.total(), currency).display()
              + ")");
    }
    invoices.markPaid(invoice.id(), clock.now());
    audit.record(actor, "invoice.paid", "organisation " + organisationId, invoice.number());
    return invoicing.invoiceOf(organisationId, invoice.id());
  }

  /**
   * An open invoice of the organisation's, for a member who may pay it (403 otherwise, 404 for one
   * that is not open or not theirs).
   */
  public InvoiceSummary payable(long organisationId, long invoiceId) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    InvoiceSummary invoice = invoicing.invoiceOf(organisationId, invoiceId);
    if (!invoice.open()) {
      throw BrandcloudException.notFound("Open invoice " + invoiceId);
    }
    if (!invoice.payableOn(today())) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "Invoice "
              + invoice.number()
              + " renews the subscription on "
              + invoice.dueOn()
              + " and is paid from the wallet that day");
    }
    return invoice;
  }

  /** The organisation's drafts, for staff. */
  public List<ManualInvoiceStore.Draft> draftsOf(long organisationId) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    party(organisationId);
    return store.draftsOf(organisationId);
  }

  private ManualInvoiceStore.Draft requireDraft(long organisationId, long invoiceId) {
    return store
        .draftForUpdate(organisationId, invoiceId)
        .orElseThrow(() -> BrandcloudException.notFound("Draft invoice " + invoiceId));
  }

  private TermInvoice requireOpen(long organisationId, long invoiceId) {
    return invoices
        .openManualForUpdate(organisationId, invoiceId)
        .orElseThrow(() -> BrandcloudException.notFound("Open invoice " + invoiceId));
  }

  private List<ManualInvoiceStore.Line> checked(List<LineInput> lines) {
    if (lines == null || lines.isEmpty()) {
      throw BrandcloudException.invalid("lines", "An invoice has at least one line");
    }
    if (lines.size() > MAX_LINES) {
      throw BrandcloudException.invalid("lines", "An invoice has at most " + MAX_LINES + " lines");
    }
    Currency currency = CurrentTenant.require().currency();
    return lines.stream()
        .map(
            l ->
                new ManualInvoiceStore.Line(
                    Validation.requireText("description", l == null ? null : l.description(), 300),
                    Validation.requireAmount("amount", l.amount(), currency)))
        .toList();
  }

  private static int checkedDays(int dueInDays) {
    if (dueInDays < 0 || dueInDays > MAX_DUE_DAYS) {
      throw BrandcloudException.invalid(
          "dueInDays", "An invoice is due 0 to " + MAX_DUE_DAYS + " days after it is issued");
    }
    return dueInDays;
  }

  private BillingParty party(long organisationId) {
    return parties
        .of(organisationId)
        .orElseThrow(() -> BrandcloudException.notFound("Organisation " + organisationId));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
  }
}
