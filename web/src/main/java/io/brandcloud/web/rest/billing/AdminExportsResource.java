package io.brandcloud.web.rest.billing;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.application.CustomerExports;
import io.brandcloud.billing.application.Exports;
import io.brandcloud.billing.domain.CustomerExportRows.CustomerFilter;
import io.brandcloud.payments.application.PaymentExports;
import io.brandcloud.provisioning.servers.application.ServerExports;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Validation;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.subscriptions.application.SubscriptionExports;
import io.brandcloud.support.tickets.application.TicketExports;
import io.brandcloud.support.tickets.domain.TicketFilter;
import io.brandcloud.web.rest.DocumentReaders;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * Every customer's invoices, credit notes, ledger rows and payments over a range of days, as CSV or
 * an Excel workbook: the first three for staff with billing rights, payments for staff who see the
 * payments list.
 */
@Path("/v1/admin/exports")
@ApplicationScoped
public class AdminExportsResource {

  @EJB Exports exports;
  @EJB PaymentExports paymentExports;
  @EJB CustomerExports customerExports;
  @EJB ServerExports serverExports;
  @EJB SubscriptionExports subscriptionExports;
  @EJB TicketExports ticketExports;
  @Inject TenantApi api;
  @Inject TableDownloads downloads;
  @Inject DocumentReaders readers;

  @GET
  @Path("invoices.{format}")
  public Response invoices(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return table("Invoices", format, from, to, billingStaff(), exports::invoices);
  }

  @GET
  @Path("credit-notes.{format}")
  public Response creditNotes(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return table("Credit notes", format, from, to, billingStaff(), exports::creditNotes);
  }

  @GET
  @Path("payments.{format}")
  public Response payments(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return table(
        "Payments", format, from, to, paymentExports::requireAllowed, paymentExports::payments);
  }

  @GET
  @Path("servers.{format}")
  public Response servers(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return table(
        "Servers", format, from, to, serverExports::requireAllowed, serverExports::servers);
  }

  @GET
  @Path("subscriptions.{format}")
  public Response subscriptions(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return table(
        "Subscriptions",
        format,
        from,
        to,
        subscriptionExports::requireAllowed,
        subscriptionExports::subscriptions);
  }

  /**
   * Tickets, with the queue's filters: {@code status} ({@code all}, the default, {@code not-closed}
   * or a status), {@code department} (its id) and {@code assignee} ({@code me}, {@code none} or a
   * staff member's id).
   */
  @GET
  @Path("tickets.{format}")
  public Response tickets(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("status") String status,
      @QueryParam("department") String department,
      @QueryParam("assignee") String assignee) {
    api.staff();
    ticketExports.requireAllowed();
    TicketFilter filter =
        TicketFilter.of(
            status == null ? TicketFilter.ALL : status,
            departmentId(department),
            assignee,
            CurrentCaller.require().userId());
    return table(
        "Tickets",
        format,
        from,
        to,
        ticketExports::requireAllowed,
        (range, reader, table) -> ticketExports.tickets(range, filter, reader, table));
  }

  private static Long departmentId(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw BrandcloudException.invalid("department", "department is a department's id");
    }
  }

  /**
   * Customers who joined over the days, with the customers list's search: {@code q} (as typed
   * there) and {@code closed} ({@code true} for closed accounts, {@code false} for open ones, both
   * without it).
   */
  @GET
  @Path("customers.{format}")
  public Response customers(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("q") String q,
      @QueryParam("closed") String closed) {
    api.staff();
    customerExports.requireAllowed();
    CustomerFilter filter =
        new CustomerFilter(Validation.optionalText("q", q, 254), closedOrBoth(closed));
    return table(
        "Customers",
        format,
        from,
        to,
        customerExports::requireAllowed,
        (range, reader, table) -> customerExports.customers(range, filter, reader, table));
  }

  private static Boolean closedOrBoth(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw BrandcloudException.invalid("closed", "closed is true or false");
    };
  }

  @GET
  @Path("ledger.{format}")
  public Response ledger(
      @PathParam("format") String format,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return table("Ledger", format, from, to, billingStaff(), exports::ledger);
  }

  /** One of the exports above, once the caller is known to be billing staff. */
  private interface StaffExport {
    void write(DayRange range, DocumentTexts reader, TableWriter table);
  }

  private Runnable billingStaff() {
    return () -> exports.requireAllowed(null);
  }

  private Response table(
      String name, String format, String from, String to, Runnable allowed, StaffExport export) {
    SessionLogin staff = api.staff();
    allowed.run();
    DayRange range = downloads.range(from, to);
    DocumentTexts reader = readers.textsFor(staff);
    return downloads.download(name, range, format, table -> export.write(range, reader, table));
  }
}
