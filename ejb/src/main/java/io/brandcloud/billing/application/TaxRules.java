package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.TaxPolicy;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * The current tenant's tax rules. A change applies to invoices issued afterwards; issued invoices
 * keep the taxes they were issued with.
 */
@Stateless
public class TaxRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;

  public List<StoredTaxRule> list() {
    return ((List<?>)
            em.createNativeQuery(
                    "SELECT id, country, region, name, rate_percent, compound, reverse_charge,"
                        + " position FROM tax_rules ORDER BY country, region NULLS FIRST,"
                        + " position, name")
                .getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(
                r ->
                    new StoredTaxRule(
                        ((Number) r[0]).longValue(),
                        new TaxRule(
                            ((String) r[1]).strip(),
                            (String) r[2],
                            (String) r[3],
                            (BigDecimal) r[4],
                            (Boolean) r[5],
                            (Boolean) r[6],
                            ((Number) r[7]).intValue())))
            .toList();
  }

  public TaxPolicy policy() {
    return new TaxPolicy(list().stream().map(StoredTaxRule::rule).toList());
  }

  public StoredTaxRule add(TaxRule wanted, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    TaxRule rule = validated(wanted);
    List<?> inserted =
        em.createNativeQuery(
                "INSERT INTO tax_rules (country, region, name, rate_percent, compound,"
                    + " reverse_charge, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                    + " ON CONFLICT DO NOTHING RETURNING id")
            .setParameter(1, rule.country())
            .setParameter(2, rule.region())
            .setParameter(3, rule.name())
            .setParameter(4, rule.ratePercent())
            .setParameter(5, rule.compound())
            .setParameter(6, rule.reverseCharge())
            .setParameter(7, rule.position())
            .getResultList();
    if (inserted.isEmpty()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "There is already a tax called " + rule.name() + " for " + where(rule));
    }
    audit.record(actor, "tax.rule-added", where(rule), rule.toString());
    return new StoredTaxRule(((Number) inserted.get(0)).longValue(), rule);
  }

  public void remove(long id, String actor) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    StoredTaxRule rule =
        list().stream()
            .filter(r -> r.id() == id)
            .findFirst()
            .orElseThrow(() -> BrandcloudException.notFound("Tax rule " + id));
    em.createNativeQuery("DELETE FROM tax_rules WHERE id = ?1").setParameter(1, id).executeUpdate();
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
