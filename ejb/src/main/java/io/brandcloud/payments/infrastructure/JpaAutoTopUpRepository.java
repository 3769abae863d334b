package io.brandcloud.payments.infrastructure;

import io.brandcloud.payments.domain.AutoTopUp;
import io.brandcloud.payments.domain.AutoTopUpRepository;
import io.brandcloud.payments.domain.SavedCard;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAutoTopUpRepository implements AutoTopUpRepository {

  private static final String COLUMNS =
      "SELECT organisation_id, gateway_id, customer_ref, payment_method_ref, card_label,"
          + " threshold, amount, enabled, last_attempt_at, last_failure FROM auto_top_ups";

  @PersistenceContext EntityManager em;

  @Override
  public Optional<AutoTopUp> find(long organisationId) {
    List<?> rows =
        em.createNativeQuery(COLUMNS + " WHERE organisation_id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaAutoTopUpRepository::order).findFirst();
  }

  @Override
  public void saveCard(long organisationId, long gatewayId, SavedCard card) {
    em.createNativeQuery(
            "INSERT INTO auto_top_ups (organisation_id, gateway_id, customer_ref,"
                + " payment_method_ref, card_label, threshold, amount, enabled)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, 0, 1, FALSE) ON CONFLICT (organisation_id)"
                + " DO UPDATE SET gateway_id = excluded.gateway_id,"
                + " customer_ref = excluded.customer_ref,"
                + " payment_method_ref = excluded.payment_method_ref,"
                + " card_label = excluded.card_label, last_failure = NULL")
        .setParameter(1, organisationId)
        .setParameter(2, gatewayId)
        .setParameter(3, card.customerRef())
        .setParameter(4, card.paymentMethodRef())
        .setParameter(5, PlainText.cut(card.label(), 100))
        .executeUpdate();
  }

  @Override
  public void configure(
      long organisationId, BigDecimal threshold, BigDecimal amount, boolean enabled) {
    em.createNativeQuery(
            "UPDATE auto_top_ups SET threshold = ?2, amount = ?3, enabled = ?4"
                + " WHERE organisation_id = ?1")
        .setParameter(1, organisationId)
        .setParameter(2, threshold)
        .setParameter(3, amount)
        .setParameter(4, enabled)
        .executeUpdate();
  }

  @Override
  public List<AutoTopUp> eligible(Instant now) {
    List<?> rows =
        em.createNativeQuery(
                COLUMNS
                    + " WHERE enabled AND due_at IS NULL"
                    + " AND (last_attempt_at IS NULL OR last_attempt_at <= ?1)")
            .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(1))))
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaAutoTopUpRepository::order).toList();
  }

  @Override
  public void markDue(long organisationId, Instant now) {
    em.createNativeQuery(
            "UPDATE auto_top_ups SET due_at = ?2 WHERE organisation_id = ?1 AND due_at IS NULL")
        .setParameter(1, organisationId)
        .setParameter(2, Timestamp.from(now))
        .executeUpdate();
  }

  @Override
  public Optional<Instant> nextDue() {
    Object at = em.createNativeQuery("SELECT min(due_at) FROM auto_top_ups").getSingleResult();
    return at == null ? Optional.empty() : Optional.of(SqlValues.instant(at));
  }

  @Override
  public void remove(long organisationId) {
    em.createNativeQuery("DELETE FROM auto_top_ups WHERE organisation_id = ?1")
        .setParameter(1, organisationId)
        .executeUpdate();
  }

  @Override
  public List<AutoTopUp> claimDue(int limit) {
    List<?> rows =
        em.createNativeQuery(
                "UPDATE auto_top_ups SET due_at = NULL, last_attempt_at = due_at"
                    + " WHERE organisation_id IN (SELECT organisation_id FROM auto_top_ups"
                    + " WHERE due_at IS NOT NULL ORDER BY due_at LIMIT ?1 FOR UPDATE SKIP LOCKED)"
                    + " RETURNING organisation_id, gateway_id, customer_ref, payment_method_ref,"
                    + " card_label, threshold, amount, enabled, last_attempt_at, last_failure")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaAutoTopUpRepository::order).toList();
  }

  @Override
  public void attempted(long organisationId, String failure) {
    em.createNativeQuery("UPDATE auto_top_ups SET last_failure = ?2 WHERE organisation_id = ?1")
        .setParameter(1, organisationId)
        .setParameter(2, PlainText.cut(failure, 500))
        .executeUpdate();
  }

  private static AutoTopUp order(Object[] r) {
    return new AutoTopUp(
        SqlValues.toLong(r[0]),
        SqlValues.toLong(r[1]),
        new SavedCard((String) r[2], (String) r[3], (String) r[4]),
        (BigDecimal) r[5],
        (BigDecimal) r[6],
        (Boolean) r[7],
        r[8] == null ? null : SqlValues.instant(r[8]),
        (String) r[9]);
  }
}
