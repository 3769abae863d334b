package io.brandcloud.fraud.infrastructure;

import io.brandcloud.fraud.domain.CheckKind;
import io.brandcloud.fraud.domain.PaidByCard;
import io.brandcloud.fraud.domain.ScreeningHistory;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** What the rules weigh, read from the current tenant's checks, orders, payments and users. */
@ApplicationScoped
public class SqlScreeningHistory implements ScreeningHistory {

  @PersistenceContext EntityManager em;

  @Override
  public long countFromNetwork(CheckKind kind, String network, Instant since) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "SELECT count(*) FROM fraud_checks WHERE network = ?1 AND kind = ?2"
                    + " AND created_at >= ?3")
            .setParameter(1, network)
            .setParameter(2, kind.name())
            .setParameter(3, Timestamp.from(since))
            .getSingleResult());
  }

  @Override
  public boolean hasOrdered(long organisationId) {
    // an order held for review, or one ended without ever being built (denied, withdrawn), is no
    // order yet: otherwise a second order placed meanwhile would pass as a repeat customer's
    return (Boolean)
        em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM servers s WHERE s.organisation_id = ?1"
                    + " AND NOT s.held_for_review"
                    + " AND NOT (s.status = 'TERMINATED' AND s.billable_from IS NULL))"
                    + " OR EXISTS (SELECT 1 FROM subscriptions WHERE organisation_id = ?1)")
            .setParameter(1, organisationId)
            .getSingleResult();
  }

  @Override
  public boolean hasPaid(long organisationId) {
    return Rows.exists(
        em,
        "SELECT 1 FROM payments WHERE organisation_id = ?1 AND status = 'SUCCEEDED' LIMIT 1",
        organisationId);
  }

  @Override
  public boolean orderApproved(long organisationId) {
    // approving a card says nothing of orders
    return Rows.exists(
        em,
        "SELECT 1 FROM fraud_checks WHERE organisation_id = ?1"
            + " AND kind IN ('ORDER', 'TOP_UP') AND status = 'APPROVED'"
            + " AND payment_id IS NULL LIMIT 1",
        organisationId);
  }

  @Override
  public Optional<String> nameOf(long userId) {
    return em
        .createNativeQuery("SELECT display_name FROM users WHERE id = ?1")
        .setParameter(1, userId)
        .getResultList()
        .stream()
        .map(String.class::cast)
        .findFirst();
  }

  @Override
  public boolean underReview(long userId, long organisationId) {
    return Rows.exists(
        em,
        "SELECT 1 FROM fraud_checks WHERE status = 'PENDING' AND ((user_id = ?1"
            + " AND kind = 'SIGN_UP') OR (organisation_id = ?2 AND payment_id IS NOT NULL))"
            + " LIMIT 1",
        userId,
        organisationId);
  }

  @Override
  public Optional<PaidByCard> paidByCard(long paymentId) {
    List<Object[]> rows =
        Rows.of(
            em.createNativeQuery(
                    "SELECT p.organisation_id, p.amount, p.currency, p.card_fingerprint,"
                        + " p.card_country, o.country, u.id, u.email, u.display_name"
                        + " FROM payments p JOIN organisations o ON o.id = p.organisation_id"
                        + " JOIN users u ON u.id = o.created_by"
                        + " WHERE p.id = ?1 AND p.status = 'SUCCEEDED'"
                        // screened once, however often the news of it comes
                        + " AND NOT EXISTS (SELECT 1 FROM fraud_checks f WHERE f.payment_id = p.id)")
                .setParameter(1, paymentId)
                .getResultList());
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new PaidByCard(
                    SqlValues.toLong(r[0]),
                    new Money((BigDecimal) r[1], Currency.getInstance(((String) r[2]).trim())),
                    (String) r[3],
                    r[4] == null ? null : ((String) r[4]).trim(),
                    r[5] == null ? null : ((String) r[5]).trim(),
                    SqlValues.toLong(r[6]),
                    (String) r[7],
                    (String) r[8]));
  }

  @Override
  public long othersWithCard(String fingerprint, long organisationId) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "SELECT count(DISTINCT organisation_id) FROM payments"
                    + " WHERE card_fingerprint = ?1 AND organisation_id <> ?2"
                    + " AND status = 'SUCCEEDED'")
            .setParameter(1, fingerprint)
            .setParameter(2, organisationId)
            .getSingleResult());
  }

  @Override
  public boolean cardApproved(long organisationId, String fingerprint, String country) {
    // a card the gateway tells no fingerprint of is known by its issuing country alone
    return fingerprint != null
        ? Rows.exists(
            em,
            "SELECT 1 FROM fraud_checks f JOIN payments p ON p.id = f.payment_id"
                + " WHERE f.organisation_id = ?1 AND f.status = 'APPROVED'"
                + " AND p.card_fingerprint = ?2 LIMIT 1",
            organisationId,
            fingerprint)
        : Rows.exists(
            em,
            "SELECT 1 FROM fraud_checks f JOIN payments p ON p.id = f.payment_id"
                + " WHERE f.organisation_id = ?1 AND f.status = 'APPROVED'"
                + " AND p.card_fingerprint IS NULL AND p.card_country = ?2 LIMIT 1",
            organisationId,
            country);
  }
}
