package io.brandcloud.metrics;

import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;

/**
 * The business events Prometheus counts, each tagged with the current tenant's slug. Meters are
 * asked of the registry by name and tags each time (never built with {@code Meter.builder}):
 * WildFly's per-deployment registry forwards only those calls to the registry it exports.
 */
@ApplicationScoped
public class BusinessMetrics {

  static final String CHARGING_AMOUNT = "brandcloud.charging.run.amount";
  static final String CHARGING_SERVERS = "brandcloud.charging.run.servers";
  static final String SERVER_HOURS = "brandcloud.charged.server.hours";
  static final String TOP_UPS = "brandcloud.topups";
  static final String TOP_UP_AMOUNT = "brandcloud.topup.amount";
  static final String FAILED_PAYMENTS = "brandcloud.payments.failed";
  static final String OUTBOX_LAG = "brandcloud.outbox.lag";

  @Inject MeterRegistry registry;
  @Resource TransactionSynchronizationRegistry transactions;

  /** A tenant's charging run ended: what it took and from how many servers, for how many hours. */
  public void chargingRun(Money amount, long servers, long serverHours) {
    Tags tenant = tenant();
    Tags withCurrency = tenant.and("currency", amount.currency().getCurrencyCode());
    afterCommit(
        () -> {
          registry.summary(CHARGING_AMOUNT, withCurrency).record(amount.amount().doubleValue());
          registry.summary(CHARGING_SERVERS, tenant).record(servers);
          registry.counter(SERVER_HOURS, tenant).increment(serverHours);
        });
  }

  /** Money a customer paid reached their wallet. */
  public void toppedUp(Money amount) {
    Tags withCurrency = tenant().and("currency", amount.currency().getCurrencyCode());
    double value = amount.amount().doubleValue();
    afterCommit(
        () -> {
          registry.counter(TOP_UPS, withCurrency).increment();
          registry.counter(TOP_UP_AMOUNT, withCurrency).increment(value);
        });
  }

  /** A payment ended without money: declined, abandoned at the checkout or the wrong amount. */
  public void paymentFailed() {
    Tags tags = tenant();
    afterCommit(() -> registry.counter(FAILED_PAYMENTS, tags).increment());
  }

  /**
   * An outbox message was handled this long after it was published; for a verified webhook ({@code
   * PaymentEventReceived}) that is the webhook's lag.
   */
  public void delivered(String messageType, Duration lag) {
    Tags tags = tenant().and("message", messageType);
    afterCommit(() -> registry.timer(OUTBOX_LAG, tags).record(lag));
  }

  /** A counter must not count what a rolled-back transaction did. */
  private void afterCommit(Runnable count) {
    if (transactions.getTransactionKey() == null) {
      count.run();
    } else {
      AfterCommit.run(transactions, count);
    }
  }

  private static Tags tenant() {
    return Tags.of("tenant", CurrentTenant.require().slug());
  }
}
