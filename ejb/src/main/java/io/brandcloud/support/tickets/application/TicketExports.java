package io.brandcloud.support.tickets.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.support.tickets.domain.TicketExportRows;
import io.brandcloud.support.tickets.domain.TicketFilter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Every ticket opened during a range of days as a table, for staff who work the support desk: its
 * subject, customer, department, priority, state and assignee; what was written stays in the desk.
 */
@Stateless
public class TicketExports {

  @Inject TicketExportRows rows;

  /** Refuses staff who do not work the support desk before anything is sent. */
  public void requireAllowed() {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
  }

  public void tickets(DayRange range, DocumentTexts reader, TableWriter table) {
    tickets(range, TicketFilter.of(TicketFilter.ALL, null, null, null), reader, table);
  }

  /** The tickets opened over the days that the queue's filter lets through. */
  public void tickets(
      DayRange range, TicketFilter filter, DocumentTexts reader, TableWriter table) {
    requireAllowed();
    ZoneId zone = reader.timeZone();
    table.header(
        "id",
        "subject",
        "organisation_id",
        "customer",
        "department",
        "priority",
        "status",
        "assignee",
        "opened",
        "closed");
    rows.tickets(
        range.start(zone),
        range.end(zone),
        filter,
        t ->
            table.row(
                t.id(),
                t.subject(),
                t.organisationId(),
                t.customer(),
                t.department(),
                t.priority().toLowerCase(Locale.ROOT),
                t.status().toLowerCase(Locale.ROOT),
                t.assignee(),
                LocalDateTime.ofInstant(t.createdAt(), zone),
                t.closedAt() == null ? null : LocalDateTime.ofInstant(t.closedAt(), zone)));
    table.finish();
  }
}
