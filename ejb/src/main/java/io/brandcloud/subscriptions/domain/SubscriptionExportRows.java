package io.brandcloud.subscriptions.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The current tenant's subscriptions for exports, handed over one at a time as the database sends
 * them.
 */
public interface SubscriptionExportRows {

  /** A subscription with its customer's and product's names and its price now. */
  record SubscriptionRow(
      long id,
      long organisationId,
      String customer,
      String product,
      String cycle,
      BigDecimal price,
      String status,
      boolean autoRenew,
      boolean cancelAtTermEnd,
      LocalDate paidUntil,
      Instant createdAt,
      Instant endedAt) {}

  /** Subscriptions that existed at some time from {@code from} until before {@code until}. */
  void subscriptions(Instant from, Instant until, Consumer<SubscriptionRow> each);
}
