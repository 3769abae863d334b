package io.brandcloud.fraud.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.domain.FraudPolicy;
import io.brandcloud.fraud.domain.FraudRule;
import io.brandcloud.fraud.domain.PolicyStore;
import io.brandcloud.fraud.domain.RuleSetting;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tenant's screening rules and scores, kept by staff who may change settings. */
@Stateless
public class FraudPolicies {

  static final BigDecimal MAX_LIMIT = new BigDecimal("1000000000");

  @Inject PolicyStore policyStore;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;

  /**
   * A rule as staff set it; null keeps what was set, and {@code limit} is ignored for rules without
   * one.
   */
  public record RuleChange(FraudRule rule, Boolean enabled, Integer weight, BigDecimal limit) {}

  public FraudPolicy policy() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return policyStore.policy();
  }

  /** Changes the rules named (the others stay as they are) and the two scores (null keeps one). */
  public FraudPolicy change(List<RuleChange> changes, Integer reviewScore, Integer denyScore) {
    Caller staff = CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    FraudPolicy current = policyStore.policy();
    Map<FraudRule, RuleSetting> rules =
        current.rules().stream().collect(Collectors.toMap(RuleSetting::rule, r -> r));
    for (RuleChange change : changes == null ? List.<RuleChange>of() : changes) {
      // a list from JSON may hold nulls
      if (change == null || change.rule() == null) {
        throw BrandcloudException.invalid("rules", "Each rule needs its name");
      }
      RuleSetting was = rules.get(change.rule());
      int weight = change.weight() == null ? was.weight() : change.weight();
      if (weight < 0 || weight > RuleSetting.MAX_WEIGHT) {
        throw BrandcloudException.invalid(
            "weight", "A weight is a whole number from 0 to " + RuleSetting.MAX_WEIGHT);
      }
      BigDecimal limit = was.limit();
      if (change.rule().hasLimit() && change.limit() != null) {
        limit = Validation.requireNonNegative("limit", change.limit());
        if (limit.compareTo(MAX_LIMIT) > 0 || limit.scale() > 2) {
          throw BrandcloudException.invalid(
              "limit", "A limit has at most two decimals and is below " + MAX_LIMIT);
        }
      }
      boolean enabled = change.enabled() == null ? was.enabled() : change.enabled();
      rules.put(change.rule(), new RuleSetting(change.rule(), enabled, weight, limit));
    }
    int review = reviewScore == null ? current.reviewScore() : reviewScore;
    int deny = denyScore == null ? current.denyScore() : denyScore;
    if (review < 1 || deny > FraudPolicy.MAX_SCORE || review > deny) {
      throw BrandcloudException.invalid(
          "reviewScore",
          "The review score must be at least 1 and at most the deny score, which is at most "
              + FraudPolicy.MAX_SCORE);
    }
    FraudPolicy changed = new FraudPolicy(new ArrayList<>(rules.values()), review, deny);
    policyStore.savePolicy(changed, staff.name(), clock.now());
    audit.record(null, "fraud.policy.changed", "fraud screening", describe(changed));
    return changed;
  }

  private static String describe(FraudPolicy policy) {
    return policy.rules().stream()
            .map(
                r ->
                    r.rule()
                        + (r.enabled() ? " on" : " off")
                        + " weight "
                        + r.weight()
                        + (r.limit() == null ? "" : " limit " + r.limit().toPlainString()))
            .collect(Collectors.joining(", "))
        + "; review from "
        + policy.reviewScore()
        + ", deny from "
        + policy.denyScore();
  }
}
