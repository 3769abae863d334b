package io.brandcloud.provisioning.servers.domain;

import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A customer's server. Its hourly price is copied from the plan when ordered; it is billed from the
 * moment it first runs, while it runs or is stopped, and up to {@code billedUntil} once billing
 * stopped (deleted, suspended).
 */
@Entity
@Table(name = "servers")
@EntityListeners(ServerChanges.class)
public class Server {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private long organisationId;

  @Column(name = "plan_id", nullable = false)
  private long planId;

  @Column(name = "connection_id", nullable = false)
  private long connectionId;

  @Column(nullable = false)
  private String hostname;

  @Column(nullable = false)
  private String region;

  @Column(nullable = false)
  private String image;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ServerStatus status;

  @Column(name = "external_id")
  private String externalId;

  private String ipv4;

  @Column(name = "reverse_dns")
  private String reverseDns;

  /** The inbound rules the provider last applied, one a line; {@code null}: no firewall. */
  @Column(name = "firewall")
  private String firewall;

  private String ipv6;

  @Column(name = "hourly_price", nullable = false, precision = 19, scale = 6)
  private BigDecimal hourlyPrice;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "billable_from")
  private Instant billableFrom;

  @Column(name = "previous_price")
  private BigDecimal previousPrice;

  /** The plan the hours before {@link #priceChangedAt} were sold on, when a resize changed it. */
  @Column(name = "previous_plan_id")
  private Long previousPlanId;

  @Column(name = "price_changed_at")
  private Instant priceChangedAt;

  /** Whether the customer asked for the backup add-on. */
  @Column(nullable = false)
  private boolean backup;

  /** When the provider confirmed backups are on; only then is the add-on billed. */
  @Column(name = "backup_confirmed_at")
  private Instant backupConfirmedAt;

  @Column(name = "suspended_at")
  private Instant suspendedAt;

  @Column(name = "terminated_at")
  private Instant terminatedAt;

  @Column(name = "billed_until")
  private Instant billedUntil;

  @Enumerated(EnumType.STRING)
  private Suspension suspension;

  @Column(name = "subscription_id", updatable = false)
  private Long subscriptionId;

  /**
   * Ordered while fraud screening held the order: nothing is done at the provider until staff
   * approve.
   */
  @Column(name = "held_for_review", nullable = false)
  private boolean heldForReview;

  @Version private int version;

  protected Server() {}

  /**
   * A server a subscription pays for by the term: it is never charged by the hour, and its
   * subscription decides when it is suspended, resumed and deleted.
   */
  public static Server forSubscription(
      long organisationId,
      long planId,
      long connectionId,
      ServerSpec spec,
      long subscriptionId,
      Instant now) {
    Server server = new Server(organisationId, planId, connectionId, spec, BigDecimal.ZERO, now);
    server.subscriptionId = subscriptionId;
    return server;
  }

  public Optional<Long> subscriptionId() {
    return Optional.ofNullable(subscriptionId);
  }

  public Server(
      long organisationId,
      long planId,
      long connectionId,
      ServerSpec spec,
      BigDecimal hourlyPrice,
      Instant now) {
    this.organisationId = organisationId;
    this.planId = planId;
    this.connectionId = connectionId;
    this.hostname = spec.hostname();
    this.region = spec.region();
    this.image = spec.image();
    this.hourlyPrice = hourlyPrice;
    this.status = ServerStatus.PENDING;
    this.createdAt = now;
  }

  /** The provider accepted the build; a server deleted meanwhile keeps the id, to delete it. */
  public void provisioningStarted(String providerId) {
    if (status != ServerStatus.TERMINATED) {
      moveTo(ServerStatus.PROVISIONING);
    }
    this.externalId = providerId;
  }

  /** Running, with the public IPv6 address its provider gave it, if any. */
  public void becameRunning(String address, String address6, Instant now) {
    becameRunning(address, now);
    this.ipv6 = address6;
  }

  public void becameRunning(String address, Instant now) {
    moveTo(ServerStatus.RUNNING);
    this.ipv4 = address;
    if (billableFrom == null) {
      this.billableFrom = now;
    }
  }

  /**
   * A new hourly price from {@code effectiveFrom} (the next full hour); hours before it keep the
   * price they had, also when an earlier change is still pending.
   */
  public void reprice(BigDecimal newPrice, Instant effectiveFrom, Instant now) {
    repriceFrom(planId, newPrice, effectiveFrom, now);
  }

  private void repriceFrom(
      long planBefore, BigDecimal newPrice, Instant effectiveFrom, Instant now) {
    // a subscription's term pays for its server, whatever the plan costs by the hour
    if (subscriptionId != null || newPrice.compareTo(hourlyPrice) == 0) {
      return;
    }
    boolean earlierChangePending = priceChangedAt != null && priceChangedAt.isAfter(now);
    if (!earlierChangePending) {
      previousPrice = hourlyPrice;
      previousPlanId = planBefore;
    }
    hourlyPrice = newPrice;
    priceChangedAt = effectiveFrom;
  }

  /**
   * The customer asks for the backup add-on, or ends it: ended, it is no longer billed; asked for,
   * it is billed once the provider confirms it ({@link #backupsConfirmed}).
   */
  public void withBackup(boolean enabled) {
    this.backup = enabled;
    if (!enabled) {
      this.backupConfirmedAt = null;
    }
  }

  public boolean backup() {
    return backup;
  }

  /** The provider switched backups on: the add-on is billed from now on, if still wanted. */
  public void backupsConfirmed(Instant now) {
    if (backup && backupConfirmedAt == null) {
      backupConfirmedAt = now;
    }
  }

  /** The provider has backups off after all: the add-on is not billed until it confirms again. */
  public void backupsLapsed() {
    backupConfirmedAt = null;
  }

  /**
   * The price without a backup add-on that was billed but never switched on, at once: every hour
   * charged from now on, a late one too, at {@code price}.
   */
  public void pricedWithoutUnconfirmedBackup(BigDecimal price) {
    if (subscriptionId != null) {
      return;
    }
    hourlyPrice = price;
    previousPrice = null;
    previousPlanId = null;
    priceChangedAt = null;
  }

  /** Whether the add-on is billed: asked for and confirmed by the provider. */
  public boolean billsBackup() {
    return backup && backupConfirmedAt != null;
  }

  public Optional<Instant> backupConfirmedAt() {
    return Optional.ofNullable(backupConfirmedAt);
  }

  /**
   * Why a server is suspended: only a debt's suspension ends with a payment, only a subscription's
   * with its renewal paid.
   */
  public enum Suspension {
    DEBT,
    STAFF,
    SUBSCRIPTION
  }

  /** Suspended for an unpaid balance or by staff: not billed from now on, disk kept. */
  public void suspend(Instant now, Suspension why) {
    moveTo(ServerStatus.SUSPENDED);
    this.suspendedAt = now;
    this.suspension = why;
    stopBilling(now);
  }

  /** Running (and billed) again once the provider started it. */
  public void resume() {
    moveTo(ServerStatus.RUNNING);
    this.suspendedAt = null;
    this.suspension = null;
    this.billedUntil = null;
  }

  /** Deleted: billed up to the hour it was deleted in (unless billing stopped earlier). */
  public void terminate(Instant now) {
    moveTo(ServerStatus.TERMINATED);
    this.terminatedAt = now;
    stopBilling(now);
  }

  public void holdForReview() {
    this.heldForReview = true;
  }

  public void releaseAfterReview() {
    this.heldForReview = false;
  }

  public boolean heldForReview() {
    return heldForReview;
  }

  public void stopped() {
    moveTo(ServerStatus.STOPPED);
  }

  public void started() {
    moveTo(ServerStatus.RUNNING);
  }

  public void rebuiltWith(String newImage) {
    this.image = newImage;
  }

  public void renamed(String newHostname) {
    this.hostname = newHostname;
  }

  /** The provider confirmed its address now resolves back to {@code name}. */
  public void reverseDnsSet(String name) {
    this.reverseDns = name;
  }

  /** The provider applied these rules (as {@code FirewallRules#text()}; empty: none). */
  public void firewallApplied(String rules) {
    this.firewall = rules == null || rules.isEmpty() ? null : rules;
  }

  public Optional<String> firewall() {
    return Optional.ofNullable(firewall);
  }

  public Optional<String> ipv6() {
    return Optional.ofNullable(ipv6);
  }

  public Optional<String> reverseDns() {
    return Optional.ofNullable(reverseDns);
  }

  /** On another plan from now; its price counts from {@code effectiveFrom} (the next full hour). */
  public void resized(long newPlanId, BigDecimal newPrice, Instant effectiveFrom, Instant now) {
    long planBefore = planId;
    this.planId = newPlanId;
    repriceFrom(planBefore, newPrice, effectiveFrom, now);
  }

  private void stopBilling(Instant now) {
    if (billableFrom != null && billedUntil == null) {
      this.billedUntil = now;
    }
  }

  public Optional<Suspension> suspension() {
    return Optional.ofNullable(suspension);
  }

  public Instant billedUntil() {
    return billedUntil;
  }

  public Instant terminatedAt() {
    return terminatedAt;
  }

  public Instant suspendedAt() {
    return suspendedAt;
  }

  public void failed() {
    moveTo(ServerStatus.FAILED);
  }

  /** Refuses a step the life cycle does not have, e.g. resuming a terminated server. */
  private void moveTo(ServerStatus next) {
    if (!status.mayBecome(next)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "Server " + id + " is " + status + " and cannot become " + next);
    }
    this.status = next;
  }

  public ServerSpec spec(String planCode) {
    return new ServerSpec(hostname, planCode, region, image);
  }

  public Long id() {
    return id;
  }

  public long organisationId() {
    return organisationId;
  }

  public long planId() {
    return planId;
  }

  public long connectionId() {
    return connectionId;
  }

  public String hostname() {
    return hostname;
  }

  public String region() {
    return region;
  }

  public String image() {
    return image;
  }

  public ServerStatus status() {
    return status;
  }

  public String externalId() {
    return externalId;
  }

  public String ipv4() {
    return ipv4;
  }

  public BigDecimal hourlyPrice() {
    return hourlyPrice;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant billableFrom() {
    return billableFrom;
  }
}
