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
 * the moment it charged. Changes after the add-on began to wait for confirmation priced it out.
 * Pure: the remedy for backups that were billed but never switched on takes exactly these amounts
 * back.
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
  private final Instant oldBillingUntil;

  /**
   * @param oldBillingUntil when the add-on began to be billed only once confirmed: a change after
   *     it priced the server without the add-on (nothing confirmed it before the remedy), and a
   *     share the provider confirmed later is owed, not given back
   */
  public BackupShares(List<BackupPrice> backupPrices, Instant oldBillingUntil) {
    this.oldBillingUntil = oldBillingUntil;
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

  /**
   * The add-on's hourly part in the server's price after each change that repriced it: its own
   * changes, and its plan's backup price changing while it was on that plan.
   */
  private List<Step> steps(History history) {
    List<Change> changes = new ArrayList<>(history.changes());
    changes.sort(Comparator.comparing(Change::at));
    List<Step> steps = new ArrayList<>();
    boolean backup = history.orderedWithBackup();
    long plan = history.planId();
    PriceState state =
        new PriceState(hourlyShare(backup, plan, history.orderedAt()), BigDecimal.ZERO, null);
    steps.add(new Step(history.orderedAt(), state));
    NavigableMap<Instant, List<Long>> planPriceChanges = new TreeMap<>();
    prices.forEach(
        (planId, byTime) ->
            byTime
                .keySet()
                .forEach(
                    at ->
                        planPriceChanges.computeIfAbsent(at, k -> new ArrayList<>()).add(planId)));
    NavigableMap<Instant, Boolean> moments = new TreeMap<>();
    changes.forEach(change -> moments.put(change.at(), true));
    planPriceChanges.keySet().forEach(at -> moments.putIfAbsent(at, false));
    int next = 0;
    for (Map.Entry<Instant, Boolean> moment :
        moments.tailMap(history.orderedAt(), false).entrySet()) {
      Instant at = moment.getKey();
      boolean ownChange = moment.getValue();
      while (next < changes.size() && !changes.get(next).at().isAfter(at)) {
        Change change = changes.get(next++);
        switch (change.kind()) {
          case BACKUP_ON -> backup = true;
          case BACKUP_OFF -> backup = false;
          case RESIZED -> plan = change.planId();
        }
      }
      boolean itsPlanRepriced = planPriceChanges.getOrDefault(at, List.of()).contains(plan);
      if (ownChange || itsPlanRepriced) {
        state = state.repriced(hourlyShare(backup, plan, at), at);
        steps.add(new Step(at, state));
      }
    }
    return steps;
  }

  private BigDecimal hourlyShare(boolean backup, long planId, Instant at) {
    if (!backup || at.isAfter(oldBillingUntil)) {
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

    /**
     * As {@code Server.reprice}: from the next full hour; a change still ahead keeps previous.
     * Every change that reaches here changed the server's whole price (its add-on, its plan or its
     * plan's prices), so the hour it takes effect moves even when the add-on's part stays.
     */
    PriceState repriced(BigDecimal share, Instant now) {
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
