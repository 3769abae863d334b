package io.brandcloud.web.faces.fraud;

import io.brandcloud.fraud.application.FraudPolicies;
import io.brandcloud.fraud.application.FraudPolicies.RuleChange;
import io.brandcloud.fraud.domain.FraudPolicy;
import io.brandcloud.fraud.domain.FraudRule;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The screening rules: each on or off with its weight and limit, and the two scores. */
@Named
@ViewScoped
public class FraudRulesBacking implements Serializable {

  @EJB FraudPolicies policies;
  @Inject Texts texts;

  /** One rule as the form edits it. */
  public static class RuleRow implements Serializable {
    private final FraudRule rule;
    private boolean enabled;
    private Integer weight;
    private BigDecimal limit;

    RuleRow(FraudRule rule, boolean enabled, int weight, BigDecimal limit) {
      this.rule = rule;
      this.enabled = enabled;
      this.weight = weight;
      this.limit = limit;
    }

    public FraudRule getRule() {
      return rule;
    }

    public boolean isHasLimit() {
      return rule.hasLimit();
    }

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Integer getWeight() {
      return weight;
    }

    public void setWeight(Integer weight) {
      this.weight = weight;
    }

    public BigDecimal getLimit() {
      return limit;
    }

    public void setLimit(BigDecimal limit) {
      this.limit = limit;
    }
  }

  private List<RuleRow> rules;
  private Integer reviewScore;
  private Integer denyScore;
  private boolean offered;

  @PostConstruct
  void load() {
    offered = FacesActions.offered(() -> show(policies.policy()));
  }

  public void save() {
    List<RuleChange> changes =
        rules.stream().map(r -> new RuleChange(r.rule, r.enabled, r.weight, r.limit)).toList();
    FacesActions.attempt(
        () -> show(policies.change(changes, reviewScore, denyScore)),
        texts.get("admin.fraud.rules.saved"));
  }

  private void show(FraudPolicy policy) {
    rules = new ArrayList<>();
    policy
        .rules()
        .forEach(r -> rules.add(new RuleRow(r.rule(), r.enabled(), r.weight(), r.limit())));
    reviewScore = policy.reviewScore();
    denyScore = policy.denyScore();
  }

  public boolean isOffered() {
    return offered;
  }

  public List<RuleRow> getRules() {
    return rules;
  }

  public Integer getReviewScore() {
    return reviewScore;
  }

  public void setReviewScore(Integer reviewScore) {
    this.reviewScore = reviewScore;
  }

  public Integer getDenyScore() {
    return denyScore;
  }

  public void setDenyScore(Integer denyScore) {
    this.denyScore = denyScore;
  }
}
