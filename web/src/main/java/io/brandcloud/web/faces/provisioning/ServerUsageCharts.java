package io.brandcloud.web.faces.provisioning;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.servers.application.ServerUsageReadings;
import io.brandcloud.provisioning.servers.application.ServerUsageReadings.UsagePeriod;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.LineChart;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.Views;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A server's figures for its page, read once per request: what it was charged this month, and CPU
 * and traffic graphs of the last day or 30 days as its provider measured them.
 */
@Named
@RequestScoped
public class ServerUsageCharts {

  private static final long BYTES_PER_MEGABYTE = 1024 * 1024;

  @EJB ServerUsageReadings readings;
  @EJB Wallets wallets;
  @Inject CurrentUser user;
  @Inject Branding branding;
  @Inject Texts texts;

  private ServerUsage usage;
  private String problem;

  public Money thisMonth(long serverId) {
    return user.may("billing:view")
        ? wallets.serverThisMonth(user.organisationId(), serverId)
        : null;
  }

  public String cpuChart(long serverId, String period) {
    ServerUsage read = usage(serverId, period);
    return LineChart.of(
        labels(read.cpuPercent(), period),
        List.of(new LineChart.Series(texts.get("portal.server.cpu"), values(read.cpuPercent(), 1))),
        branding.getPrimaryColor(),
        Views.locale());
  }

  public String trafficChart(long serverId, String period) {
    ServerUsage read = usage(serverId, period);
    return LineChart.of(
        labels(read.bytesIn(), period),
        List.of(
            new LineChart.Series(
                texts.get("portal.server.trafficIn"), values(read.bytesIn(), BYTES_PER_MEGABYTE)),
            new LineChart.Series(
                texts.get("portal.server.trafficOut"),
                values(read.bytesOut(), BYTES_PER_MEGABYTE))),
        branding.getPrimaryColor(),
        Views.locale());
  }

  public boolean measured(long serverId, String period) {
    return !usage(serverId, period).cpuPercent().isEmpty()
        || !usage(serverId, period).bytesIn().isEmpty();
  }

  /** Why there are no graphs, when the provider could not be asked. */
  public String getProblem() {
    return problem;
  }

  private ServerUsage usage(long serverId, String period) {
    if (usage == null) {
      try {
        usage = readings.of(user.organisationId(), serverId, UsagePeriod.parse(period));
      } catch (BrandcloudException e) {
        problem = e.getMessage();
        usage = ServerUsage.none();
      }
    }
    return usage;
  }

  private static List<Long> values(List<ServerUsage.Sample> samples, long divisor) {
    return samples.stream().map(s -> s.value() / divisor).toList();
  }

  private static List<String> labels(List<ServerUsage.Sample> samples, String period) {
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(
                UsagePeriod.parse(period) == UsagePeriod.DAY ? "HH:mm" : "d MMM", Views.locale())
            .withZone(CurrentTenant.require().timeZone());
    return samples.stream().map(s -> format.format(s.at())).toList();
  }
}
