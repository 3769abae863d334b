package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How much of each hourly charge was the backup add-on, worked out again from what happened to the
 * server: the add-on ordered with it, switched on and off, its plan's backup price changed, the
 * server moved to another plan. Each change reaches the price as {@code Server.reprice} did: from
 * the next full hour, the hours before it at the previous price, two changes within an hour
 * counting as one; and each charge is read as the charging statement read the server's prices at
 * the moment it charged. Pure: the remedy for backups that were billed but never switched on takes
 * exactly these amounts back.
 */
public final class BackupShares {

  private static final int SCALE = 6;
  private static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

  /** What happened to a server's add-on or plan, at a moment. */
  public enum Kind {
    BACKUP_ON,
    BACKUP_OFF,
    RESIZED
  }

  /** A change to one server; {@code planId} is the new plan of a {@link Kind#RESIZED}. */
  public record Change(Instant at, Kind kind, Long planId) {}

  /** A server from its order on: its first plan and whether it was ordered with backups. */
  public record History(
      long serverId,
      Instant orderedAt,
      long planId,
      boolean orderedWithBackup,
      List<Change> changes) {}

  /** A plan's monthly backup price from a moment on; null: no backups offered. */
  public record BackupPrice(long planId, Instant at, BigDecimal monthly) {}

  /** One hourly charge as it was made. */
  public record Charge(
      long id, long serverId, Instant periodStart, Instant chargedAt, BigDecimal amount) {}

  private final Map<Long, NavigableMap<Instant, BigDecimal>> prices = new HashMap<>();

  public BackupShares(List<BackupPrice> backupPrices) {
    for (BackupPrice price : backupPrices) {
      // a price set back to none is a null in the map, which floorEntry still finds
      prices
          .computeIfAbsent(price.planId(), id -> new TreeMap<>())
          .put(price.at(), price.monthly());
    }
  }

  /** The add-on's part of each of the server's charges that had one, by charge id. */
  public Map<Long, BigDecimal> of(History history, List<Charge> charges) {
    List<Step> steps = steps(history);
    Map<Long, BigDecimal> shares = new HashMap<>();
    for (Charge charge : charges) {
      BigDecimal share = shareOf(steps, charge).min(charge.amount());
      if (share.signum() > 0) {
        shares.put(charge.id(), share);
      }
    }
    return shares;
  }

  /** The add-on's part of a server's prices now: of its hourly price and of its previous one. */
  public record Current(BigDecimal hourly, BigDecimal previous) {}

  public Current current(History history) {
    List<Step> steps = steps(history);
    PriceState now = steps.get(steps.size() - 1).state();
    return new Current(now.hourly(), now.previous());
  }

  /** The add-on's hourly part in the server's price after each change, as the server kept it. */
  private List<Step> steps(History history) {
    List<Change> changes = new ArrayList<>(history.changes());
    changes.sort(Comparator.comparing(Change::at));
    List<Step> steps = new ArrayList<>();
    boolean backup = history.orderedWithBackup();
    long plan = history.planId();
    PriceState state =
        new PriceState(hourlyShare(backup, plan, history.orderedAt()), BigDecimal.ZERO, null);
    steps.add(new Step(history.orderedAt(), state));
    List<Instant> moments = new ArrayList<>();
    changes.forEach(change -> moments.add(change.at()));
    for (NavigableMap<Instant, BigDecimal> planPrices : prices.values()) {
      moments.addAll(planPrices.keySet());
    }
    moments.sort(Comparator.naturalOrder());
    int next = 0;
    for (Instant moment : moments) {
      if (moment.isBefore(history.orderedAt())) {
        continue;
      }
      while (next < changes.size() && !changes.get(next).at().isAfter(moment)) {
        Change change = changes.get(next++);
        switch (change.kind()) {
          case BACKUP_ON -> backup = true;
          case BACKUP_OFF -> backup = false;
          case RESIZED -> plan = change.planId();
        }
      }
      state = state.repriced(hourlyShare(backup, plan, moment), moment);
      steps.add(new Step(moment, state));
    }
    return steps;
  }

  private BigDecimal hourlyShare(boolean backup, long planId, Instant at) {
    if (!backup) {
      return BigDecimal.ZERO;
    }
    NavigableMap<Instant, BigDecimal> planPrices = prices.get(planId);
    if (planPrices == null) {
      return BigDecimal.ZERO;
    }
    Map.Entry<Instant, BigDecimal> price = planPrices.floorEntry(at);
    if (price == null || price.getValue() == null) {
      return BigDecimal.ZERO;
    }
    return price.getValue().divide(HOURS_PER_MONTH, SCALE, RoundingMode.HALF_UP);
  }

  private static BigDecimal shareOf(List<Step> steps, Charge charge) {
    PriceState state = null;
    for (Step step : steps) {
      if (step.at().isAfter(charge.chargedAt())) {
        break;
      }
      state = step.state();
    }
    return state == null ? BigDecimal.ZERO : state.shareFor(charge.periodStart());
  }

  private record Step(Instant at, PriceState state) {}

  /** The add-on's part of {@code hourly_price} and {@code previous_price}, and the change hour. */
  private record PriceState(BigDecimal hourly, BigDecimal previous, Instant changedAt) {

    /** As {@code Server.reprice}: from the next full hour; a change still ahead keeps previous. */
    PriceState repriced(BigDecimal share, Instant now) {
      if (share.compareTo(hourly) == 0) {
        return this;
      }
      boolean earlierChangePending = changedAt != null && changedAt.isAfter(now);
      return new PriceState(
          share,
          earlierChangePending ? previous : hourly,
          now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)));
    }

    BigDecimal shareFor(Instant periodStart) {
      return changedAt == null || !periodStart.isBefore(changedAt) ? hourly : previous;
    }
  }
}
