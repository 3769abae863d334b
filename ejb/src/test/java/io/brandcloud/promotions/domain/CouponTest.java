package io.brandcloud.promotions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouponTest {

  private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

  @Test
  void aPercentageIsRoundedHalfUpToTheMinorUnitOnce() {
    assertThat(percent("33.33").discountOn(Money.of("10.00", "EUR")).amount())
        .isEqualByComparingTo("3.33");
    assertThat(percent("12.5").discountOn(Money.of("0.04", "EUR")).amount())
        .isEqualByComparingTo("0.01");
    assertThat(percent("12.5").discountOn(Money.of("1001", "JPY")).amount())
        .isEqualByComparingTo("125");
    assertThat(percent("100").discountOn(Money.of("9.99", "EUR")).amount())
        .isEqualByComparingTo("9.99");
  }

  @Test
  void aFixedAmountNeverExceedsThePrice() {
    assertThat(fixed("15.00").discountOn(Money.of("10.00", "EUR")).amount())
        .isEqualByComparingTo("10.00");
    assertThat(fixed("2.50").discountOn(Money.of("10.00", "EUR")).amount())
        .isEqualByComparingTo("2.50");
  }

  @Test
  void emptyLimitsMeanEveryProductAndCycle() {
    Coupon any = percent("10");
    assertThat(any.appliesTo(7, BillingCycle.BIENNIAL)).isTrue();
    Coupon limited =
        new Coupon(
            terms(
                CouponKind.PERCENT,
                "10",
                Set.of(3L),
                Set.of(BillingCycle.ANNUAL),
                null,
                null,
                null),
            NOW);
    assertThat(limited.appliesTo(3, BillingCycle.ANNUAL)).isTrue();
    assertThat(limited.appliesTo(3, BillingCycle.MONTHLY)).isFalse();
    assertThat(limited.appliesTo(4, BillingCycle.ANNUAL)).isFalse();
  }

  @Test
  void itIsRedeemableFromItsStartUntilItsExpiryWhileUsesAreLeft() {
    Coupon dated =
        new Coupon(
            terms(CouponKind.PERCENT, "10", Set.of(), Set.of(), 1, NOW, NOW.plusSeconds(3600)),
            NOW);
    assertThat(dated.refusalAt(NOW.minusSeconds(1))).contains(CouponRefusal.NOT_YET);
    assertThat(dated.refusalAt(NOW)).isEmpty();
    assertThat(dated.refusalAt(NOW.plusSeconds(3600))).contains(CouponRefusal.EXPIRED);
    dated.redeemed();
    assertThat(dated.refusalAt(NOW)).contains(CouponRefusal.USED_UP);
    dated.offer(false);
    assertThat(dated.refusalAt(NOW)).contains(CouponRefusal.WITHDRAWN);
  }

  private static Coupon percent(String value) {
    return new Coupon(terms(CouponKind.PERCENT, value, Set.of(), Set.of(), null, null, null), NOW);
  }

  private static Coupon fixed(String value) {
    return new Coupon(terms(CouponKind.FIXED, value, Set.of(), Set.of(), null, null, null), NOW);
  }

  private static CouponTerms terms(
      CouponKind kind,
      String value,
      Set<Long> products,
      Set<BillingCycle> cycles,
      Integer max,
      Instant startsAt,
      Instant expiresAt) {
    return new CouponTerms(
        "CODE",
        "",
        kind,
        new BigDecimal(value),
        CouponDuration.ONCE,
        null,
        products,
        cycles,
        false,
        max,
        1,
        startsAt,
        expiresAt,
        false);
  }
}
