package io.brandcloud.payments.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.payments.domain.PaymentExportRows;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.shared.tables.TableWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Every payment over a range of days as a table, for staff who see the payments list: times in the
 * tenant's time zone, written row by row as the database sends them.
 */
@Stateless
public class PaymentExports {

  @Inject PaymentExportRows rows;

  /** Refuses staff who may not see payments before anything is sent. */
  public void requireAllowed() {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
  }

  public void payments(DayRange range, DocumentTexts reader, TableWriter table) {
    requireAllowed();
    ZoneId zone = reader.timeZone();
    table.header(
        "id",
        "time",
        "organisation_id",
        "customer",
        "gateway",
        "purpose",
        "status",
        "amount",
        "refunded",
        "disputed",
        "currency",
        "completed");
    rows.payments(
        range.start(zone),
        range.end(zone),
        p ->
            table.row(
                p.id(),
                LocalDateTime.ofInstant(p.createdAt(), zone),
                p.organisationId(),
                p.customer(),
                p.gateway().toLowerCase(Locale.ROOT),
                p.purpose().toLowerCase(Locale.ROOT),
                p.status().toLowerCase(Locale.ROOT),
                p.amount(),
                p.refunded(),
                p.disputed(),
                p.currency(),
                p.completedAt() == null ? null : LocalDateTime.ofInstant(p.completedAt(), zone)));
    table.finish();
  }
}
