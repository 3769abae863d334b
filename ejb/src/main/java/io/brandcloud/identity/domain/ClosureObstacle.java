package io.brandcloud.identity.domain;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Something an organisation still holds that keeps it from closing: {@code count} of a kind, or for
 * money owed its {@code amount} in the tenant's currency.
 */
public record ClosureObstacle(Kind kind, long count, BigDecimal amount) implements Serializable {

  /** What must end first. */
  public enum Kind {
    SERVERS,
    VOLUMES,
    SNAPSHOTS,
    SUBSCRIPTIONS,
    UNPAID_INVOICES,
    NEGATIVE_BALANCE
  }

  public static ClosureObstacle counted(Kind kind, long count) {
    return new ClosureObstacle(kind, count, null);
  }

  public static ClosureObstacle owed(BigDecimal amount) {
    return new ClosureObstacle(Kind.NEGATIVE_BALANCE, 0, amount);
  }

  /** In words for the API's error message. */
  public String describe() {
    return switch (kind) {
      case SERVERS -> count + " server(s) not deleted";
      case VOLUMES -> count + " volume(s) not deleted";
      case SNAPSHOTS -> count + " snapshot(s) not deleted";
      case SUBSCRIPTIONS -> count + " subscription(s) not cancelled";
      case UNPAID_INVOICES -> count + " unpaid invoice(s)";
      case NEGATIVE_BALANCE -> "a balance of -" + amount.stripTrailingZeros().toPlainString();
    };
  }
}
