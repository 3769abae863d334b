package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.StoredTaxRule;
import io.brandcloud.billing.domain.TaxPolicy;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.billing.domain.TaxRuleRepository;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

/**
 * The current tenant's tax rules. A change applies to invoices issued afterwards; issued invoices
 * keep the taxes they were issued with.
 */
@Stateless
public class TaxRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject TaxRuleRepository rules;
  @Inject AuditLog audit;

  public List<StoredTaxRule> list() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return rules.all();
  }

  /**
   * The rules as the code that bills applies them, whoever is the caller: a customer's order is
   * taxed as staff's invoicing run is.
   */
  public TaxPolicy policy() {
    return new TaxPolicy(rules.all().stream().map(StoredTaxRule::rule).toList());
  }

  public StoredTaxRule add(TaxRule wanted, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    TaxRule rule = validated(wanted);
    long id =
        rules
            .add(rule)
            .orElseThrow(
                () ->
                    new BrandcloudException(
                        ErrorCode.CONFLICT,
                        "There is already a tax called " + rule.name() + " for " + where(rule)));
    audit.record(actor, "tax.rule-added", where(rule), rule.toString());
    return new StoredTaxRule(id, rule);
  }

  public void remove(long id, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    StoredTaxRule rule =
        list().stream()
            .filter(r -> r.id() == id)
            .findFirst()
            .orElseThrow(() -> BrandcloudException.notFound("Tax rule " + id));
    rules.remove(id);
    audit.record(actor, "tax.rule-removed", where(rule.rule()), rule.rule().toString());
  }

  private static TaxRule validated(TaxRule rule) {
    String country = Validation.optionalCountry("country", rule.country());
    if (country == null) {
      throw BrandcloudException.invalid("country", "country is required");
    }
    BigDecimal rate = rule.ratePercent();
    if (rate == null
        || rate.signum() <= 0
        || rate.compareTo(HUNDRED) > 0
        || rate.stripTrailingZeros().scale() > 4) {
      throw BrandcloudException.invalid(
          "ratePercent", "ratePercent is more than 0 and at most 100, with up to 4 decimals");
    }
    if (rule.position() < 1 || rule.position() > 99) {
      throw BrandcloudException.invalid("position", "position is between 1 and 99");
    }
    return new TaxRule(
        country,
        Validation.optionalRegion("region", rule.region()),
        Validation.requireText("name", rule.name(), 40),
        rate,
        rule.compound(),
        rule.reverseCharge(),
        rule.position());
  }

  private static String where(TaxRule rule) {
    return rule.region() == null ? rule.country() : rule.country() + "-" + rule.region();
  }
}
