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

  /**
   * Which customers of the range: those staff would find by {@code text} on the customers list (all
   * when blank), and open ones, closed ones or both ({@code closed} null).
   */
  record CustomerFilter(String text, Boolean closed) {
    public static final CustomerFilter ALL = new CustomerFilter(null, null);
  }

  /**
   * Customers who joined from {@code from} until before {@code until} that {@code filter} lets
   * through, oldest first.
   */
  void customers(Instant from, Instant until, CustomerFilter filter, Consumer<CustomerRow> each);
}
