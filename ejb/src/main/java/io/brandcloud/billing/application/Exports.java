package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.billing.domain.ExportRows;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.shared.tables.TableWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Tables of invoices, credit notes and ledger rows for staff with billing rights (every
 * customer's), and of an organisation's own transactions for its members who see its billing: days
 * in the tenant's time zone, ledger texts in the reader's language, written row by row as the
 * database sends them.
 */
@Stateless
public class Exports {

  @Inject ExportRows rows;
  @Inject MemberAccess members;

  /**
   * Refuses whoever may not have this export before anything of it is sent: staff without billing
   * rights ({@code organisationId} null), or a member who does not see the organisation's billing.
   */
  public void requireAllowed(Long organisationId) {
    if (organisationId == null) {
      CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    } else {
      members.require(organisationId, Permission.BILLING_VIEW);
    }
  }

  public void invoices(DayRange range, DocumentTexts reader, TableWriter table) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    ZoneId zone = reader.timeZone();
    table.header(
        "number",
        "issued_on",
        "due_on",
        "status",
        "organisation_id",
        "customer",
        "subtotal",
        "tax",
        "total",
        "currency",
        "paid_on");
    rows.invoices(
        range.start(zone),
        range.end(zone),
        i ->
            table.row(
                i.number(),
                LocalDate.ofInstant(i.issuedAt(), zone),
                i.dueOn(),
                i.status().toLowerCase(Locale.ROOT),
                i.organisationId(),
                i.customer(),
                i.subtotal(),
                i.tax(),
                i.total(),
                i.currency(),
                i.paidAt() == null ? null : LocalDate.ofInstant(i.paidAt(), zone)));
    table.finish();
  }

  /** Every credit note: what was given back on which invoice, and why. */
  public void creditNotes(DayRange range, DocumentTexts reader, TableWriter table) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    ZoneId zone = reader.timeZone();
    table.header(
        "number",
        "issued_on",
        "invoice",
        "organisation_id",
        "customer",
        "reason",
        "subtotal",
        "tax",
        "total",
        "currency");
    rows.creditNotes(
        range.start(zone),
        range.end(zone),
        c ->
            table.row(
                c.number(),
                LocalDate.ofInstant(c.issuedAt(), zone),
                c.invoiceNumber(),
                c.organisationId(),
                c.customer(),
                c.reason(),
                c.subtotal(),
                c.tax(),
                c.total(),
                c.currency()));
    table.finish();
  }

  /** Every wallet's ledger rows: what was charged, paid, credited and refunded, and when. */
  public void ledger(DayRange range, DocumentTexts reader, TableWriter table) {
    CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE);
    ZoneId zone = reader.timeZone();
    table.header(
        "id",
        "time",
        "organisation_id",
        "customer",
        "type",
        "description",
        "amount",
        "currency",
        "reference");
    rows.ledger(
        range.start(zone),
        range.end(zone),
        null,
        e ->
            table.row(
                e.id(),
                LocalDateTime.ofInstant(e.createdAt(), zone),
                e.organisationId(),
                e.customer(),
                e.type().toLowerCase(Locale.ROOT),
                e.text().in(reader.locale()),
                e.amount(),
                e.currency(),
                e.reference()));
    table.finish();
  }

  /** The organisation's own transactions, as its wallet page lists them. */
  public void transactions(
      long organisationId, DayRange range, DocumentTexts reader, TableWriter table) {
    members.require(organisationId, Permission.BILLING_VIEW);
    ZoneId zone = reader.timeZone();
    table.header("id", "time", "type", "description", "amount", "currency");
    rows.ledger(
        range.start(zone),
        range.end(zone),
        organisationId,
        e ->
            table.row(
                e.id(),
                LocalDateTime.ofInstant(e.createdAt(), zone),
                e.type().toLowerCase(Locale.ROOT),
                e.text().in(reader.locale()),
                e.amount(),
                e.currency()));
    table.finish();
  }
}
