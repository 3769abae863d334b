package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.domain.InvoiceReminders;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Reminds the current tenant's customers of their open invoices, the tenant's {@code
 * invoiceReminderDays} before each is due, on the day and after ({@link InvoiceReminders}), from
 * the tenant's templates; marking and mailing share a transaction, so a reminder is sent once.
 */
@Stateless
public class InvoiceReminderMail {

  @Inject InvoiceReminders reminders;
  @Inject ApplicationClock clock;
  @EJB TenantSettings settings;
  @EJB OwnerMail ownerMail;

  /** Sends the reminders due on the tenant's {@code today}; answers how many went. */
  public int remind(LocalDate today) {
    CurrentCaller.requirePrivileged();
    int days = settings.current().invoiceReminderDays();
    if (days == 0) {
      return 0;
    }
    TenantContext tenant = CurrentTenant.require();
    List<InvoiceReminders.Reminder> due =
        reminders.markDue(today, days, tenant.timeZone(), clock.now());
    String invoicesUrl = PublicUrls.invoices(tenant);
    for (InvoiceReminders.Reminder reminder : due) {
      ownerMail.send(
          reminder.organisationId(),
          type(reminder.stage()),
          Map.of(
              "number",
              reminder.number(),
              "total",
              new Money(reminder.total(), Currency.getInstance(reminder.currency())),
              "dueOn",
              reminder.dueOn(),
              "invoicesUrl",
              invoicesUrl));
    }
    return due.size();
  }

  private static MessageType type(InvoiceReminders.Stage stage) {
    return switch (stage) {
      case BEFORE -> MessageType.INVOICE_DUE_SOON;
      case DUE -> MessageType.INVOICE_DUE;
      case OVERDUE -> MessageType.INVOICE_OVERDUE;
    };
  }
}
