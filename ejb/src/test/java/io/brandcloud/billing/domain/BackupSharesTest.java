package io.brandcloud.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.domain.BackupShares.BackupPrice;
import io.brandcloud.billing.domain.BackupShares.Change;
import io.brandcloud.billing.domain.BackupShares.Charge;
import io.brandcloud.billing.domain.BackupShares.History;
import io.brandcloud.billing.domain.BackupShares.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The backup add-on's part of past charges, as the prices of the time made them. */
class BackupSharesTest {

  private static final long PLAN = 1;
  private static final long OTHER_PLAN = 2;

  /** 7.30 a month is 0.01 an hour. */
  private static final BigDecimal CENT = new BigDecimal("0.010000");

  private static final BackupShares PRICES =
      new BackupShares(
          List.of(
              new BackupPrice(PLAN, at("2026-01-01T00:00"), new BigDecimal("7.30")),
              new BackupPrice(PLAN, at("2026-03-01T15:30"), new BigDecimal("14.60")),
              new BackupPrice(OTHER_PLAN, at("2026-01-01T00:00"), null)),
          Instant.MAX);

  private final List<Charge> charges = new ArrayList<>();

  @Test
  void aServerOrderedWithBackupsPaidTheirShareEveryHourAtThePriceOfTheTime() {
    History ordered = new History(7, at("2026-03-01T10:20"), PLAN, true, List.of());
    charge(1, "10:00", "10:20", "0.05");
    charge(2, "11:00", "11:00", "0.05");
    charge(3, "15:00", "15:00", "0.05");
    charge(4, "16:00", "16:00", "0.06");

    Map<Long, BigDecimal> shares = PRICES.of(ordered, charges);

    assertThat(shares)
        .containsEntry(1L, CENT)
        .containsEntry(2L, CENT)
        .containsEntry(3L, CENT)
        .as("the new price from the next full hour after it changed")
        .containsEntry(4L, new BigDecimal("0.020000"));
  }

  @Test
  void switchingOnAndOffCountsFromTheNextFullHourAndTwiceInAnHourOnlyOnce() {
    History toggled =
        new History(
            7,
            at("2026-03-01T09:50"),
            PLAN,
            false,
            List.of(
                new Change(at("2026-03-01T10:10"), Kind.BACKUP_ON, null),
                new Change(at("2026-03-01T12:10"), Kind.BACKUP_OFF, null),
                new Change(at("2026-03-01T13:10"), Kind.BACKUP_ON, null),
                new Change(at("2026-03-01T13:40"), Kind.BACKUP_OFF, null)));
    charge(1, "10:00", "10:00", "0.04");
    charge(2, "11:00", "11:00", "0.05");
    charge(3, "12:00", "12:00", "0.05");
    charge(4, "13:00", "13:00", "0.04");
    charge(5, "14:00", "14:00", "0.04");

    Map<Long, BigDecimal> shares = PRICES.of(toggled, charges);

    assertThat(shares).containsOnlyKeys(2L, 3L).containsEntry(2L, CENT).containsEntry(3L, CENT);
  }

  @Test
  void anHourChargedLateIsReadAtThePriceTheServerHeldForItThen() {
    History ordered =
        new History(
            7,
            at("2026-03-01T08:00"),
            PLAN,
            true,
            List.of(new Change(at("2026-03-01T11:30"), Kind.BACKUP_OFF, null)));
    charge(1, "09:00", "13:00", "0.05");
    charge(2, "12:00", "13:00", "0.05");

    Map<Long, BigDecimal> shares = PRICES.of(ordered, charges);

    assertThat(shares).as("before the change: its previous price").containsEntry(1L, CENT);
    assertThat(shares).doesNotContainKey(2L);
  }

  @Test
  void aServerMovedToAPlanWithoutBackupsPaysNoShareFromTheNextHour() {
    History resized =
        new History(
            7,
            at("2026-03-01T10:00"),
            PLAN,
            true,
            List.of(new Change(at("2026-03-01T11:10"), Kind.RESIZED, OTHER_PLAN)));
    charge(1, "11:00", "11:00", "0.05");
    charge(2, "12:00", "12:00", "0.08");

    assertThat(PRICES.of(resized, charges)).containsOnlyKeys(1L);
  }

  @Test
  void afterBillingWaitedForConfirmationAChangePricedTheAddOnOutAndNothingLaterIsGivenBack() {
    BackupShares upgraded =
        new BackupShares(
            List.of(new BackupPrice(PLAN, at("2026-01-01T00:00"), new BigDecimal("7.30"))),
            at("2026-03-01T12:00"));
    History ordered =
        new History(
            7,
            at("2026-03-01T10:00"),
            PLAN,
            true,
            List.of(
                new Change(at("2026-03-01T13:20"), Kind.BACKUP_OFF, null),
                new Change(at("2026-03-01T14:20"), Kind.BACKUP_ON, null)));
    charge(1, "12:00", "12:00", "0.02");
    charge(2, "13:00", "13:00", "0.02");
    charge(3, "14:00", "14:00", "0.01");
    charge(4, "15:00", "15:00", "0.02");

    Map<Long, BigDecimal> shares = upgraded.of(ordered, charges);

    assertThat(shares)
        .as("the old price held the share until a change after the upgrade repriced it")
        .containsOnlyKeys(1L, 2L);
  }

  @Test
  void aPlanRepricedWhileTheServerWasOnAnotherDoesNotTouchIt() {
    BackupShares prices =
        new BackupShares(
            List.of(
                new BackupPrice(PLAN, at("2026-01-01T00:00"), new BigDecimal("7.30")),
                new BackupPrice(OTHER_PLAN, at("2026-03-01T11:30"), new BigDecimal("14.60"))),
            at("2026-03-01T11:00"));
    History ordered = new History(7, at("2026-03-01T10:00"), PLAN, true, List.of());
    charge(1, "12:00", "12:00", "0.02");

    assertThat(prices.of(ordered, charges)).containsEntry(1L, CENT);
  }

  @Test
  void noShareIsMoreThanTheChargeItWasPartOf() {
    History ordered = new History(7, at("2026-03-01T10:00"), PLAN, true, List.of());
    charge(1, "10:00", "10:00", "0.004");

    assertThat(PRICES.of(ordered, charges)).containsEntry(1L, new BigDecimal("0.004"));
  }

  private void charge(long id, String hour, String chargedAt, String amount) {
    charges.add(
        new Charge(
            id,
            7,
            at("2026-03-01T" + hour),
            at("2026-03-01T" + chargedAt),
            new BigDecimal(amount)));
  }

  private static Instant at(String local) {
    return Instant.parse(local + ":00Z");
  }
}
