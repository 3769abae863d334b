package io.brandcloud.provisioning.transfer.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.catalog.application.GbMonthPrices;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.provisioning.transfer.domain.Overage;
import io.brandcloud.provisioning.transfer.domain.TrafficRepository;
import io.brandcloud.provisioning.transfer.domain.TransferMonth;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Transfer pooled per organisation and calendar month in the tenant's time zone, as Linode pools
 * it: every server adds its plan's transfer for its share of the month, and all its servers' out
 * traffic is taken from the pool. Warns the organisation's owner by mail once at 80 % and once at
 * 100 % in a month, and charges what went above the pool once the month has ended, at the tenant's
 * price per GB.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TransferPools {

  static final int READINGS_GRACE_HOURS = 6;

  @Inject TrafficRepository traffic;
  @Inject MemberAccess members;
  @Inject ApplicationClock clock;
  @EJB OwnerMail ownerMail;
  @Inject GbMonthPrices prices;

  /** The organisation's transfer this month. */
  public TransferMonth thisMonth(long organisationId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return month(organisationId, clock.now());
  }

  /**
   * Mails the owners of organisations whose month crossed 80 % or 100 % of their pool since they
   * were last warned; answers how many warnings went.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int warn() {
    CurrentCaller.requirePrivileged();
    Instant now = clock.now();
    Period period = Period.of(now, CurrentTenant.require().timeZone());
    int sent = 0;
    for (long organisationId :
        traffic.organisationsWithTraffic(period.from(), period.to(), period.start(), 100)) {
      TransferMonth month = month(organisationId, now);
      int level = month.warningLevel();
      if (level > 0 && traffic.noteWarning(organisationId, period.start(), level, now)) {
        if (level == 100) {
          // one who jumps past both thresholds at once is told the news that matters
          traffic.noteWarning(organisationId, period.start(), 80, now);
        }
        ownerMail.send(
            organisationId,
            level == 100 ? MessageType.TRANSFER_USED_UP : MessageType.TRANSFER_NEARLY_USED,
            Map.of(
                "used", month.usedGb(),
                "included", month.includedGb(),
                "percent", month.percentUsed(),
                "projected", month.projectedGb()));
        sent++;
      }
    }
    return sent;
  }

  /**
   * Charges each organisation's transfer above its pool in {@code month}, once the month has ended,
   * at the tenant's price per GB (none: nothing is charged); a month charged before is not charged
   * again. Answers how many organisations were charged now.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int chargeOverages(YearMonth month) {
    CurrentCaller.requirePrivileged();
    Optional<BigDecimal> price = traffic.overageGbPrice();
    Period period = Period.of(month, CurrentTenant.require().timeZone());
    Instant from = period.from();
    Instant to = period.to();
    Instant now = clock.now();
    if (price.isEmpty() || now.isBefore(to)) {
      return 0;
    }
    int charged = 0;
    for (long organisationId : traffic.organisationsWithTraffic(from, to)) {
      TransferMonth used =
          TransferMonth.of(
              month,
              traffic.includedGb(organisationId, from, to),
              traffic.bytesOut(organisationId, from, to),
              1,
              1);
      Optional<Overage> overage = Overage.of(used, price.get(), CurrentTenant.require().currency());
      if (overage.isPresent()
          && traffic.chargeOverage(organisationId, month.atDay(1), overage.get(), now)) {
        charged++;
      }
    }
    return charged;
  }

  /**
   * Whether {@code month} may be invoiced: its transfer is not charged, or every metered server's
   * traffic has been read to the month's end (the reconciliation reads an hour after it ended), or
   * {@value #READINGS_GRACE_HOURS} hours have passed since, whatever the providers still owe.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public boolean readyToInvoice(YearMonth month) {
    CurrentCaller.requirePrivileged();
    Period period = Period.of(month, CurrentTenant.require().timeZone());
    if (traffic.overageGbPrice().isEmpty()
        || !clock.now().isBefore(period.to().plus(Duration.ofHours(READINGS_GRACE_HOURS)))) {
      return true;
    }
    return traffic.serversNotReadUntil(period.from(), period.to()) == 0;
  }

  /** The tenant's price per GB above the pool; empty while it charges none. */
  public Optional<Money> overageGbPrice() {
    return prices.inCurrency(traffic.overageGbPrice());
  }

  public Optional<Money> overageGbPriceForStaff() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return overageGbPrice();
  }

  /** Sets the price per GB above the pool from the month under way on; null charges none. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Optional<Money> changeOveragePrice(BigDecimal gbPrice, String actor) {
    prices.change("transfer", "gbPrice", gbPrice, actor, traffic::setOverageGbPrice);
    return overageGbPrice();
  }

  private TransferMonth month(long organisationId, Instant now) {
    Period period = Period.of(now, CurrentTenant.require().timeZone());
    return TransferMonth.of(
        period.month(),
        traffic.includedGb(organisationId, period.from(), period.to()),
        traffic.bytesOut(organisationId, period.from(), period.to()),
        Duration.between(period.from(), now).toMinutes(),
        Duration.between(period.from(), period.to()).toMinutes());
  }

  /** The calendar month {@code now} is in, in the tenant's time zone, as moments. */
  private record Period(YearMonth month, Instant from, Instant to) {

    static Period of(Instant now, ZoneId zone) {
      return of(YearMonth.from(now.atZone(zone)), zone);
    }

    static Period of(YearMonth month, ZoneId zone) {
      return new Period(
          month,
          month.atDay(1).atStartOfDay(zone).toInstant(),
          month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    java.time.LocalDate start() {
      return month.atDay(1);
    }
  }
}
