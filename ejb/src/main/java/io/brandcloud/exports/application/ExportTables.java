package io.brandcloud.exports.application;

import io.brandcloud.billing.application.CustomerExports;
import io.brandcloud.billing.application.Exports;
import io.brandcloud.exports.domain.ExportTable;
import io.brandcloud.payments.application.PaymentExports;
import io.brandcloud.provisioning.servers.application.ServerExports;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.subscriptions.application.SubscriptionExports;
import io.brandcloud.support.tickets.application.TicketExports;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** Who may have each table, and how it is written; the areas that own the rows write them. */
@ApplicationScoped
public class ExportTables {

  @EJB Exports billing;
  @EJB PaymentExports payments;
  @EJB CustomerExports customers;
  @EJB ServerExports servers;
  @EJB SubscriptionExports subscriptions;
  @EJB TicketExports tickets;

  /** Refuses the caller who may not have the table. */
  public void requireAllowed(ExportTable table) {
    switch (table) {
      case INVOICES, CREDIT_NOTES, LEDGER -> billing.requireAllowed(null);
      case PAYMENTS -> payments.requireAllowed();
      case SERVERS -> servers.requireAllowed();
      case SUBSCRIPTIONS -> subscriptions.requireAllowed();
      case TICKETS -> tickets.requireAllowed();
      case CUSTOMERS -> customers.requireAllowed();
    }
  }

  public void write(ExportTable table, DayRange range, DocumentTexts reader, TableWriter writer) {
    switch (table) {
      case INVOICES -> billing.invoices(range, reader, writer);
      case CREDIT_NOTES -> billing.creditNotes(range, reader, writer);
      case LEDGER -> billing.ledger(range, reader, writer);
      case PAYMENTS -> payments.payments(range, reader, writer);
      case SERVERS -> servers.servers(range, reader, writer);
      case SUBSCRIPTIONS -> subscriptions.subscriptions(range, reader, writer);
      case TICKETS -> tickets.tickets(range, reader, writer);
      case CUSTOMERS -> customers.customers(range, reader, writer);
    }
  }
}
