package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The current tenant's customers for exports, handed over one at a time as the database sends them.
 */
public interface CustomerExportRows {

  /**
   * A customer organisation with its owner, its servers not deleted, its balance now and when its
   * owner closed it (null while open).
   */
  record CustomerRow(
      long id,
      String name,
      boolean personal,
      String owner,
      String ownerEmail,
      boolean ownerDisabled,
      Instant joinedAt,
      long servers,
      BigDecimal balance,
      Instant closedAt) {}

  /** Customers who joined from {@code from} until before {@code until}, oldest first. */
  void customers(Instant from, Instant until, Consumer<CustomerRow> each);
}
