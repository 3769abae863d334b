package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where the current tenant's revenue came from over a range: what was sold, and the servers' hours
 * by plan, region or provider connection.
 */
public interface RevenueSources {

  /** What a line of revenue is for; its lines add up to the revenue report's total. */
  enum Kind {
    SERVER_HOURS,
    SNAPSHOTS,
    VOLUMES,
    ADDRESSES,
    TRANSFER,
    OTHER_USAGE,
    USAGE_GIVEN_BACK,
    SUBSCRIPTIONS,
    INVOICES,
    CREDIT_NOTES
  }

  /** How servers' hours are grouped. */
  enum ServerGroup {
    PLAN,
    REGION,
    CONNECTION
  }

  /**
   * One line: its kind, the plan or product it names (null for the kinds that name none), how many
   * charges made it, and the amount as revenue reads it (given back and credit notes negative).
   */
  record Source(Kind kind, String name, long charges, BigDecimal amount) {}

  /** One group's server hours and what they were charged. */
  record Share(String name, long hours, BigDecimal amount) {}

  /** Every line from {@code from} until before {@code until}, the largest first within a kind. */
  List<Source> sources(Instant from, Instant until);

  /** Server hours charged from {@code from} until before {@code until}, the largest first. */
  List<Share> serverHours(ServerGroup group, Instant from, Instant until);
}
