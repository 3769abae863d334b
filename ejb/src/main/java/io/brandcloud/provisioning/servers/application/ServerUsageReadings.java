package io.brandcloud.provisioning.servers.application;

import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.provisioning.actions.application.ServerCallSteps;
import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.RecentAnswers;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server's CPU and traffic as its provider measured them, for its graphs. The provider is asked
 * with no transaction open, and what it said is kept for a few minutes on this node: graphs of a
 * day or a month need no fresher figures, and a page reload must not spend the provider's rate
 * limit.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServerUsageReadings {

  private static final Duration KEPT = Duration.ofMinutes(5);
  private static final RecentAnswers<ServerUsage> RECENT =
      new RecentAnswers<>(KEPT, 5_000, new AtomicLong());

  @Inject MemberAccess members;
  @Inject CloudProviders providers;
  @EJB ServerCallSteps records;
  @Inject ApplicationClock clock;

  /** The last day or the last 30 days of one of the organisation's servers. */
  public ServerUsage of(long organisationId, long serverId, UsagePeriod period) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    ServerCallSteps.Reach reach = records.reach(organisationId, serverId);
    CloudProvider provider = providers.of(reach.type());
    if (!provider.measuresUsage() || reach.externalId() == null) {
      return ServerUsage.none();
    }
    long tenant = CurrentTenant.require().tenantId();
    return RECENT
        .recall(
            tenant,
            serverId + ":" + period,
            () -> Optional.of(read(provider, reach, period.since(clock.now()), clock.now())))
        .orElseThrow();
  }

  private static ServerUsage read(
      CloudProvider provider, ServerCallSteps.Reach reach, Instant from, Instant to) {
    try {
      return provider.usage(reach.account(), reach.externalId(), from, to);
    } catch (ProviderException e) {
      throw new BrandcloudException(ErrorCode.PROVIDER_FAILED, e.getMessage());
    }
  }

  /** How far back a graph looks. */
  public enum UsagePeriod {
    DAY(Duration.ofDays(1)),
    MONTH(Duration.ofDays(30));

    private final Duration length;

    UsagePeriod(Duration length) {
      this.length = length;
    }

    Instant since(Instant now) {
      return now.minus(length);
    }

    public static UsagePeriod parse(String value) {
      if (value == null || value.isBlank() || value.equals("24h") || value.equals("day")) {
        return DAY;
      }
      if (value.equals("30d") || value.equals("month")) {
        return MONTH;
      }
      throw BrandcloudException.invalid("period", "period is 24h or 30d");
    }
  }
}
