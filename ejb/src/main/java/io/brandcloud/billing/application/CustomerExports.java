package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.billing.domain.CustomerExportRows;
import io.brandcloud.billing.domain.CustomerExportRows.CustomerFilter;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Validation;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The customers who joined over a range of days as a table, for staff who see customers: each
 * organisation with its owner, whether the owner may log in, how many servers it has, its balance
 * now and when it was closed, if it was.
 */
@Stateless
public class CustomerExports {

  @Inject CustomerExportRows rows;

  /** Refuses staff who may not see customers before anything is sent. */
  public void requireAllowed() {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
  }

  public void customers(DayRange range, DocumentTexts reader, TableWriter table) {
    customers(range, CustomerFilter.ALL, reader, table);
  }

  /** The customers who joined over the days that the customers list's search lets through. */
  public void customers(
      DayRange range, CustomerFilter filter, DocumentTexts reader, TableWriter table) {
    requireAllowed();
    Validation.optionalText("q", filter.text(), 254);
    ZoneId zone = reader.timeZone();
    String currency = CurrentTenant.require().currency().getCurrencyCode();
    table.header(
        "id",
        "customer",
        "kind",
        "owner",
        "owner_email",
        "owner_login",
        "joined",
        "servers",
        "balance",
        "currency",
        "closed");
    rows.customers(
        range.start(zone),
        range.end(zone),
        filter,
        c ->
            table.row(
                c.id(),
                c.name(),
                c.personal() ? "personal" : "team",
                c.owner(),
                c.ownerEmail(),
                c.ownerDisabled() ? "disabled" : "active",
                LocalDateTime.ofInstant(c.joinedAt(), zone),
                c.servers(),
                c.balance(),
                currency,
                c.closedAt() == null ? null : LocalDateTime.ofInstant(c.closedAt(), zone)));
    table.finish();
  }
}
