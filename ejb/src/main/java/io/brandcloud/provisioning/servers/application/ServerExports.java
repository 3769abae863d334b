package io.brandcloud.provisioning.servers.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.provisioning.servers.domain.ServerExportRows;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Every server that existed during a range of days as a table, for staff who see the servers list:
 * with its customer, plan, connection and hourly price, times in the tenant's time zone.
 */
@Stateless
public class ServerExports {

  @Inject ServerExportRows rows;

  /** Refuses staff who may not see servers before anything is sent. */
  public void requireAllowed() {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
  }

  public void servers(DayRange range, DocumentTexts reader, TableWriter table) {
    requireAllowed();
    ZoneId zone = reader.timeZone();
    String currency = CurrentTenant.require().currency().getCurrencyCode();
    table.header(
        "id",
        "hostname",
        "organisation_id",
        "customer",
        "plan",
        "connection",
        "region",
        "image",
        "status",
        "ipv4",
        "ipv6",
        "hourly_price",
        "currency",
        "created",
        "deleted");
    rows.servers(
        range.start(zone),
        range.end(zone),
        s ->
            table.row(
                s.id(),
                s.hostname(),
                s.organisationId(),
                s.customer(),
                s.plan(),
                s.connection(),
                s.region(),
                s.image(),
                s.status().toLowerCase(Locale.ROOT),
                s.ipv4(),
                s.ipv6(),
                s.hourlyPrice(),
                currency,
                LocalDateTime.ofInstant(s.createdAt(), zone),
                s.deletedAt() == null ? null : LocalDateTime.ofInstant(s.deletedAt(), zone)));
    table.finish();
  }
}
