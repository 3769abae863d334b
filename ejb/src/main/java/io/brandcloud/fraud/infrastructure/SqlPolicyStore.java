package io.brandcloud.fraud.infrastructure;

import io.brandcloud.fraud.domain.FraudPolicy;
import io.brandcloud.fraud.domain.FraudRule;
import io.brandcloud.fraud.domain.PolicyStore;
import io.brandcloud.fraud.domain.RuleSetting;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The screening policy of the current tenant. */
@ApplicationScoped
public class SqlPolicyStore implements PolicyStore {

  @PersistenceContext EntityManager em;

  @Override
  public FraudPolicy policy() {
    List<RuleSetting> rules =
        Rows.of(
                em.createNativeQuery(
                        "SELECT rule, enabled, weight, limit_value FROM fraud_rules ORDER BY rule")
                    .getResultList())
            .stream()
            .filter(r -> FraudRule.known((String) r[0]))
            .map(
                r ->
                    new RuleSetting(
                        FraudRule.valueOf((String) r[0]),
                        (Boolean) r[1],
                        SqlValues.toInt(r[2]),
                        (BigDecimal) r[3]))
            .toList();
    Object[] scores =
        (Object[])
            em.createNativeQuery("SELECT review_score, deny_score FROM fraud_policy")
                .getSingleResult();
    return new FraudPolicy(rules, SqlValues.toInt(scores[0]), SqlValues.toInt(scores[1]));
  }

  @Override
  public void savePolicy(FraudPolicy policy, String actor, Instant at) {
    for (RuleSetting rule : policy.rules()) {
      em.createNativeQuery(
              "UPDATE fraud_rules SET enabled = ?2, weight = ?3, limit_value = CAST(?4 AS numeric),"
                  + " updated_by = ?5, updated_at = ?6 WHERE rule = ?1")
          .setParameter(1, rule.rule().name())
          .setParameter(2, rule.enabled())
          .setParameter(3, rule.weight())
          .setParameter(4, rule.limit())
          .setParameter(5, actor)
          .setParameter(6, Timestamp.from(at))
          .executeUpdate();
    }
    em.createNativeQuery("UPDATE fraud_policy SET review_score = ?1, deny_score = ?2")
        .setParameter(1, policy.reviewScore())
        .setParameter(2, policy.denyScore())
        .executeUpdate();
  }
}
