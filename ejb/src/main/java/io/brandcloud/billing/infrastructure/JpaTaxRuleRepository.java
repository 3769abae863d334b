package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.StoredTaxRule;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.billing.domain.TaxRuleRepository;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTaxRuleRepository implements TaxRuleRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<StoredTaxRule> all() {
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
                        SqlValues.toLong(r[0]),
                        new TaxRule(
                            ((String) r[1]).strip(),
                            (String) r[2],
                            (String) r[3],
                            (BigDecimal) r[4],
                            (Boolean) r[5],
                            (Boolean) r[6],
                            SqlValues.toInt(r[7]))))
            .toList();
  }

  @Override
  public Optional<Long> add(TaxRule rule) {
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
    return inserted.stream().findFirst().map(id -> SqlValues.toLong(id));
  }

  @Override
  public void remove(long taxRuleId) {
    em.createNativeQuery("DELETE FROM tax_rules WHERE id = ?1")
        .setParameter(1, taxRuleId)
        .executeUpdate();
  }
}
