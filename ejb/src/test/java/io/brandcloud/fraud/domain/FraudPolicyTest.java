package io.brandcloud.fraud.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FraudPolicyTest {

  private static final ScreeningFacts CLEAN =
      new ScreeningFacts(null, "203.0.113.0/24", 0, null, List.of());

  private static FraudPolicy policy(boolean on, int review, int deny) {
    return new FraudPolicy(
        List.of(
            new RuleSetting(FraudRule.DISPOSABLE_EMAIL, on, 60, null),
            new RuleSetting(FraudRule.ADDRESS_RATE, on, 50, BigDecimal.valueOf(3)),
            new RuleSetting(FraudRule.FIRST_ORDER_ABOVE, on, 40, new BigDecimal("100")),
            new RuleSetting(FraudRule.BLOCK_LIST, on, 100, null),
            new RuleSetting(FraudRule.CARD_COUNTRY, on, 40, null),
            new RuleSetting(FraudRule.CARD_SHARED, on, 60, BigDecimal.ONE)),
        review,
        deny);
  }

  @Test
  void nothingTrippedIsAllowed() {
    Verdict verdict = policy(true, 40, 100).judge(CheckKind.SIGN_UP, CLEAN);

    assertThat(verdict.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(verdict.score()).isZero();
    assertThat(verdict.signals()).isEmpty();
  }

  @Test
  void aDisposableDomainAloneIsHeldForReview() {
    Verdict verdict =
        policy(true, 40, 100)
            .judge(
                CheckKind.SIGN_UP, new ScreeningFacts("mailinator.com", null, 0, null, List.of()));

    assertThat(verdict.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(verdict.score()).isEqualTo(60);
    assertThat(verdict.signals())
        .containsExactly(new Signal(FraudRule.DISPOSABLE_EMAIL, 60, "mailinator.com"));
  }

  @Test
  void weightsAddUpToARefusal() {
    Verdict verdict =
        policy(true, 40, 100)
            .judge(
                CheckKind.SIGN_UP,
                new ScreeningFacts("mailinator.com", "203.0.113.0/24", 3, null, List.of()));

    assertThat(verdict.outcome()).isEqualTo(Outcome.DENY);
    assertThat(verdict.score()).isEqualTo(110);
    assertThat(verdict.signals())
        .extracting(Signal::rule)
        .containsExactly(FraudRule.DISPOSABLE_EMAIL, FraudRule.ADDRESS_RATE);
  }

  @Test
  void theRateTripsOnlyAtItsLimitOfEarlierChecks() {
    FraudPolicy policy = policy(true, 40, 100);

    assertThat(
            policy
                .judge(
                    CheckKind.ORDER, new ScreeningFacts(null, "203.0.113.0/24", 2, null, List.of()))
                .outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThat(
            policy
                .judge(
                    CheckKind.ORDER, new ScreeningFacts(null, "203.0.113.0/24", 3, null, List.of()))
                .signals())
        .containsExactly(new Signal(FraudRule.ADDRESS_RATE, 50, "3 / 203.0.113.0/24"));
    assertThat(
            policy
                .judge(CheckKind.ORDER, new ScreeningFacts(null, null, 30, null, List.of()))
                .score())
        .as("an unknown address counts in no network")
        .isZero();
  }

  @Test
  void aFirstOrderOrTopUpTripsAboveItsLimitOnly() {
    FraudPolicy policy = policy(true, 40, 100);
    ScreeningFacts atLimit =
        new ScreeningFacts(null, null, 0, Money.of("100.00", "EUR"), List.of());
    ScreeningFacts above = new ScreeningFacts(null, null, 0, Money.of("100.01", "EUR"), List.of());

    assertThat(policy.judge(CheckKind.ORDER, atLimit).outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(policy.judge(CheckKind.ORDER, above).outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(policy.judge(CheckKind.TOP_UP, above).outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(policy.judge(CheckKind.SIGN_UP, above).outcome()).isEqualTo(Outcome.ALLOW);
  }

  @Test
  void aBlockRefusesAndNamesWhatMatched() {
    Block email = new Block(1, BlockKind.EMAIL, "ann@example.test", null, "staff", Instant.EPOCH);
    Block name = new Block(2, BlockKind.NAME, "ann smith", "chargeback", "staff", Instant.EPOCH);

    Verdict verdict =
        policy(true, 40, 100)
            .judge(CheckKind.ORDER, new ScreeningFacts(null, null, 0, null, List.of(email, name)));

    assertThat(verdict.outcome()).isEqualTo(Outcome.DENY);
    assertThat(verdict.signals())
        .containsExactly(
            new Signal(FraudRule.BLOCK_LIST, 100, "EMAIL ann@example.test, NAME ann smith"));
  }

  @Test
  void aCardFromAnotherCountryThanTheBillingOneIsHeld() {
    FraudPolicy policy = policy(true, 40, 100);

    Verdict abroad =
        policy.judge(
            CheckKind.TOP_UP,
            ScreeningFacts.ofCard(new ScreeningFacts.CardSeen("US", "DE", 0), List.of()));
    assertThat(abroad.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(abroad.signals()).containsExactly(new Signal(FraudRule.CARD_COUNTRY, 40, "US / DE"));
    assertThat(
            policy
                .judge(
                    CheckKind.TOP_UP,
                    ScreeningFacts.ofCard(new ScreeningFacts.CardSeen("de", "DE", 0), List.of()))
                .outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThat(
            policy
                .judge(
                    CheckKind.TOP_UP,
                    ScreeningFacts.ofCard(new ScreeningFacts.CardSeen("US", null, 0), List.of()))
                .outcome())
        .as("no billing country: nothing to compare")
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void aCardThatPaidForOtherAccountsAddsUpToARefusalWithAForeignCountry() {
    Verdict verdict =
        policy(true, 40, 100)
            .judge(
                CheckKind.TOP_UP,
                ScreeningFacts.ofCard(new ScreeningFacts.CardSeen("US", "DE", 2), List.of()));

    assertThat(verdict.score()).isEqualTo(100);
    assertThat(verdict.outcome()).isEqualTo(Outcome.DENY);
    assertThat(verdict.signals())
        .containsExactly(
            new Signal(FraudRule.CARD_COUNTRY, 40, "US / DE"),
            new Signal(FraudRule.CARD_SHARED, 60, "2"));
  }

  @Test
  void rulesThatAreOffCountForNothing() {
    Verdict verdict =
        policy(false, 40, 100)
            .judge(
                CheckKind.ORDER,
                new ScreeningFacts(
                    "mailinator.com",
                    "203.0.113.0/24",
                    9,
                    Money.of("500", "EUR"),
                    List.of(new Block(1, BlockKind.DOMAIN, "x.test", null, "s", Instant.EPOCH))));

    assertThat(verdict.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(verdict.signals()).isEmpty();
    assertThat(policy(false, 40, 100).anyOn()).isFalse();
  }

  @Test
  void aPolicyNeedsEveryRuleOnceAndOrderedScores() {
    assertThatThrownBy(() -> new FraudPolicy(List.of(), 40, 100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy(true, 100, 40)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy(true, 0, 40)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleSetting(FraudRule.ADDRESS_RATE, true, 10, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new RuleSetting(FraudRule.BLOCK_LIST, true, 10, BigDecimal.ONE).limit()).isNull();
  }
}
