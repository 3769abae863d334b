package io.brandcloud.fraud.domain;

import io.brandcloud.shared.PlainText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A tenant's rules and the two scores that hold a check for review and refuse it: a check whose
 * tripped rules weigh {@code reviewScore} or more waits for staff, from {@code denyScore} it is
 * refused.
 */
public record FraudPolicy(List<RuleSetting> rules, int reviewScore, int denyScore) {

  public static final int MAX_SCORE = 1000;

  public FraudPolicy {
    Map<FraudRule, RuleSetting> byRule = new EnumMap<>(FraudRule.class);
    for (RuleSetting setting : rules) {
      if (byRule.put(setting.rule(), setting) != null) {
        throw new IllegalArgumentException("rule set twice: " + setting.rule());
      }
    }
    if (byRule.size() != FraudRule.values().length) {
      throw new IllegalArgumentException("every rule needs a setting");
    }
    if (reviewScore < 1 || denyScore > MAX_SCORE || reviewScore > denyScore) {
      throw new IllegalArgumentException("scores must satisfy 1 <= review <= deny <= " + MAX_SCORE);
    }
    rules = byRule.values().stream().sorted(Comparator.comparing(RuleSetting::rule)).toList();
  }

  /** The rule's setting if the tenant switched it on. */
  public Optional<RuleSetting> on(FraudRule rule) {
    return rules.stream().filter(r -> r.rule() == rule && r.enabled()).findFirst();
  }

  public boolean anyOn() {
    return rules.stream().anyMatch(RuleSetting::enabled);
  }

  /** The signals of the rules that are on and trip on these facts, weighed. */
  public Verdict judge(CheckKind kind, ScreeningFacts facts) {
    List<Signal> tripped = new ArrayList<>();
    on(FraudRule.DISPOSABLE_EMAIL)
        .filter(r -> facts.disposableDomain() != null)
        .ifPresent(r -> tripped.add(signal(r, facts.disposableDomain())));
    on(FraudRule.ADDRESS_RATE)
        .filter(r -> facts.network() != null)
        .filter(r -> BigDecimal.valueOf(facts.recentFromNetwork()).compareTo(r.limit()) >= 0)
        .ifPresent(
            r -> tripped.add(signal(r, facts.recentFromNetwork() + " / " + facts.network())));
    on(FraudRule.FIRST_ORDER_ABOVE)
        .filter(r -> kind != CheckKind.SIGN_UP && facts.firstOrderValue() != null)
        .filter(r -> facts.firstOrderValue().amount().compareTo(r.limit()) > 0)
        .ifPresent(r -> tripped.add(signal(r, facts.firstOrderValue().display())));
    on(FraudRule.BLOCK_LIST)
        .filter(r -> !facts.blocks().isEmpty())
        .ifPresent(
            r ->
                tripped.add(
                    signal(
                        r,
                        facts.blocks().stream()
                            .map(b -> b.kind() + " " + b.value())
                            .collect(Collectors.joining(", ")))));
    ScreeningFacts.CardSeen card = facts.card();
    on(FraudRule.CARD_COUNTRY)
        .filter(r -> card != null && card.issuedIn() != null && card.billingCountry() != null)
        .filter(r -> !card.issuedIn().equalsIgnoreCase(card.billingCountry()))
        .ifPresent(r -> tripped.add(signal(r, card.issuedIn() + " / " + card.billingCountry())));
    on(FraudRule.CARD_SHARED)
        .filter(r -> card != null && card.otherOrganisations() > 0)
        .filter(r -> BigDecimal.valueOf(card.otherOrganisations()).compareTo(r.limit()) >= 0)
        .ifPresent(r -> tripped.add(signal(r, String.valueOf(card.otherOrganisations()))));
    return judge(tripped);
  }

  private static Signal signal(RuleSetting rule, String detail) {
    return new Signal(rule.rule(), rule.weight(), PlainText.cut(detail, 300));
  }

  /** Weighs what tripped: the signals of rules that are off count for nothing and are left out. */
  public Verdict judge(List<Signal> tripped) {
    List<Signal> counted = tripped.stream().filter(s -> on(s.rule()).isPresent()).toList();
    int score = counted.stream().mapToInt(Signal::weight).sum();
    Outcome outcome =
        score >= denyScore ? Outcome.DENY : score >= reviewScore ? Outcome.REVIEW : Outcome.ALLOW;
    return new Verdict(score, outcome, counted);
  }
}
