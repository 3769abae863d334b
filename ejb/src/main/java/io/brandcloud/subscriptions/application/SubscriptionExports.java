package io.brandcloud.subscriptions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.subscriptions.domain.SubscriptionExportRows;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Every subscription that existed during a range of days as a table, for staff who see customers'
 * subscriptions: its product, cycle and price now, state, paid-up day, and when it began and ended.
 */
@Stateless
public class SubscriptionExports {

  @Inject SubscriptionExportRows rows;

  /** Refuses staff who may not see customers' subscriptions before anything is sent. */
  public void requireAllowed() {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
  }

  public void subscriptions(DayRange range, DocumentTexts reader, TableWriter table) {
    requireAllowed();
    ZoneId zone = reader.timeZone();
    String currency = CurrentTenant.require().currency().getCurrencyCode();
    table.header(
        "id",
        "organisation_id",
        "customer",
        "product",
        "cycle",
        "price",
        "currency",
        "status",
        "auto_renew",
        "cancel_at_term_end",
        "paid_until",
        "started",
        "ended");
    rows.subscriptions(
        range.start(zone),
        range.end(zone),
        s ->
            table.row(
                s.id(),
                s.organisationId(),
                s.customer(),
                s.product(),
                s.cycle().toLowerCase(Locale.ROOT),
                s.price(),
                currency,
                s.status().toLowerCase(Locale.ROOT),
                s.autoRenew() ? "yes" : "no",
                s.cancelAtTermEnd() ? "yes" : "no",
                s.paidUntil(),
                LocalDateTime.ofInstant(s.createdAt(), zone),
                s.endedAt() == null ? null : LocalDateTime.ofInstant(s.endedAt(), zone)));
    table.finish();
  }
}
