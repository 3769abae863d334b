package io.brandcloud.provisioning.servers.application;

import io.brandcloud.provisioning.servers.domain.CustomerBalances;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.settings.OrganisationQuotas;
import io.brandcloud.settings.QuotaLimits;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The organisation's limits on a new server: how many it keeps, and what this month would cost with
 * the new server running to the month's end (what it spent so far, plus the server's hourly price
 * for every hour left); refused (409 {@code quota_exceeded}) with the limit named.
 */
@ApplicationScoped
public class ServerQuotas {

  @Inject OrganisationQuotas quotas;
  @Inject ServerRepository servers;
  @Inject CustomerBalances balances;
  @Inject ApplicationClock clock;

  void requireRoomFor(long organisationId, Money hourly) {
    QuotaLimits limits = quotas.of(organisationId);
    if (limits.maxServers() != null && servers.countKept(organisationId) >= limits.maxServers()) {
      throw new BrandcloudException(
          ErrorCode.QUOTA_EXCEEDED,
          "Your organisation has reached its limit of "
              + limits.maxServers()
              + (limits.maxServers() == 1 ? " server" : " servers")
              + "; delete one or ask us to raise the limit");
    }
    BigDecimal max = limits.maxMonthlySpend();
    if (max == null) {
      return;
    }
    Money month =
        balances
            .spentThisMonth(organisationId)
            .plus(hourly.times(BigDecimal.valueOf(hoursLeftInMonth())));
    if (month.amount().compareTo(max) > 0) {
      throw new BrandcloudException(
          ErrorCode.QUOTA_EXCEEDED,
          "This server running to the month's end would bring this month's spending to "
              + month.display()
              + ", over your organisation's limit of "
              + new Money(max, hourly.currency()).display());
    }
  }

  /** The hours from this one to the end of the month, this one counted, in the tenant's zone. */
  private long hoursLeftInMonth() {
    ZoneId zone = CurrentTenant.require().timeZone();
    Instant now = clock.now();
    ZonedDateTime monthEnd =
        now.atZone(zone).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
    return Duration.between(now.truncatedTo(ChronoUnit.HOURS), monthEnd.toInstant()).toHours();
  }
}
