package io.brandcloud.payments.infrastructure;

import io.brandcloud.payments.domain.CardFacts;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlainText;
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

@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

  private static final String PAYMENT =
      "SELECT p.id, p.organisation_id, p.gateway_id, g.kind, p.purpose, p.amount, p.currency,"
          + " p.status, p.checkout_reference, p.gateway_payment_id, p.checkout_url, p.save_card,"
          + " p.refunded, p.disputed, p.requested_by, p.failure, p.checks, p.created_at, p.completed_at"
          + " FROM payments p JOIN payment_gateways g ON g.id = p.gateway_id";

  private static final String REFUND =
      "SELECT r.id, r.payment_id, p.organisation_id, r.amount, r.status, r.gateway_refund_id,"
          + " r.reason, r.requested_by, r.failure, r.attempts, r.created_at"
          + " FROM payment_refunds r JOIN payments p ON p.id = r.payment_id";

  private static final String DISPUTE =
      "SELECT d.id, d.payment_id, p.organisation_id, d.gateway_dispute_id, d.amount, p.currency,"
          + " d.status, d.opened_at, d.closed_at FROM payment_disputes d"
          + " JOIN payments p ON p.id = d.payment_id";

  @PersistenceContext EntityManager em;

  @Override
  public long add(
      long organisationId,
      long gatewayId,
      String purpose,
      BigDecimal amount,
      String currency,
      boolean saveCard,
      String requestedBy,
      Instant at) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO payments (organisation_id, gateway_id, purpose, amount, currency,"
                    + " status, save_card, requested_by, created_at) VALUES (?1, ?2, ?3, ?4,"
                    + " ?5, 'CREATED', ?6, ?7, ?8) RETURNING id")
            .setParameter(1, organisationId)
            .setParameter(2, gatewayId)
            .setParameter(3, purpose)
            .setParameter(4, amount)
            .setParameter(5, currency)
            .setParameter(6, saveCard)
            .setParameter(7, requestedBy)
            .setParameter(8, Timestamp.from(at))
            .getSingleResult());
  }

  @Override
  public Optional<Payment> find(long id) {
    return one(
        em.createNativeQuery(PAYMENT + " WHERE p.id = ?1").setParameter(1, id).getResultList());
  }

  @Override
  public Optional<Payment> findForUpdate(long id) {
    return one(
        em.createNativeQuery(PAYMENT + " WHERE p.id = ?1 FOR UPDATE OF p")
            .setParameter(1, id)
            .getResultList());
  }

  @Override
  public Optional<Payment> byCheckout(long gatewayId, String checkoutReference) {
    return one(
        em.createNativeQuery(PAYMENT + " WHERE p.gateway_id = ?1 AND p.checkout_reference = ?2")
            .setParameter(1, gatewayId)
            .setParameter(2, checkoutReference)
            .getResultList());
  }

  @Override
  public Optional<Payment> byGatewayPayment(long gatewayId, String gatewayPaymentId) {
    return one(
        em.createNativeQuery(PAYMENT + " WHERE p.gateway_id = ?1 AND p.gateway_payment_id = ?2")
            .setParameter(1, gatewayId)
            .setParameter(2, gatewayPaymentId)
            .getResultList());
  }

  @Override
  public Page<Payment> ofOrganisation(long organisationId, PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM payments WHERE organisation_id = ?1",
        PAYMENT + " WHERE p.organisation_id = ?1 ORDER BY p.id DESC",
        JpaPaymentRepository::payment,
        organisationId);
  }

  @Override
  public Page<Payment> all(PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM payments",
        PAYMENT + " ORDER BY p.id DESC",
        JpaPaymentRepository::payment);
  }

  @Override
  public List<Payment> claimChecks(Instant now, Instant lease, int limit) {
    List<?> ids =
        em.createNativeQuery(
                "UPDATE payments SET next_check_at = ?2 WHERE id IN (SELECT id FROM payments"
                    + " WHERE next_check_at <= ?1 ORDER BY next_check_at LIMIT ?3"
                    + " FOR UPDATE SKIP LOCKED) RETURNING id")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, Timestamp.from(lease))
            .setParameter(3, limit)
            .getResultList();
    return ids.stream().map(id -> find(SqlValues.toLong(id)).orElseThrow()).toList();
  }

  @Override
  public boolean anyOpen(long gatewayId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM payments WHERE gateway_id = ?1 AND status IN ('CREATED', 'PENDING')"
                + " LIMIT 1")
        .setParameter(1, gatewayId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Instant> nextCheck() {
    return earliest("SELECT min(next_check_at) FROM payments");
  }

  @Override
  public void scheduleCheck(long id, Instant at) {
    em.createNativeQuery("UPDATE payments SET next_check_at = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, at == null ? null : Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void checked(long id, Instant next) {
    em.createNativeQuery(
            "UPDATE payments SET checks = checks + 1, next_check_at = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, next == null ? null : Timestamp.from(next))
        .executeUpdate();
  }

  @Override
  public void atCheckout(long id, String checkoutReference, String checkoutUrl) {
    em.createNativeQuery(
            "UPDATE payments SET checkout_reference = ?2, checkout_url = ?3,"
                + " status = CASE WHEN status = 'CREATED' THEN 'PENDING' ELSE status END"
                + " WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, checkoutReference)
        .setParameter(3, checkoutUrl)
        .executeUpdate();
  }

  @Override
  public boolean cardKnown(long id) {
    return !em.createNativeQuery(
            "SELECT 1 FROM payments WHERE id = ?1"
                + " AND (card_fingerprint IS NOT NULL OR card_country IS NOT NULL)")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean recordCard(long id, CardFacts card) {
    return em.createNativeQuery(
                "UPDATE payments SET card_fingerprint = CAST(?2 AS varchar),"
                    + " card_country = CAST(?3 AS char(2)) WHERE id = ?1"
                    + " AND card_fingerprint IS NULL AND card_country IS NULL")
            .setParameter(1, id)
            .setParameter(2, card.fingerprint())
            .setParameter(3, card.country())
            .executeUpdate()
        > 0;
  }

  @Override
  public boolean succeed(long id, String gatewayPaymentId, Instant at) {
    return em.createNativeQuery(
                "UPDATE payments SET status = 'SUCCEEDED', gateway_payment_id = ?2,"
                    + " completed_at = ?3, failure = NULL WHERE id = ?1"
                    + " AND status <> 'SUCCEEDED'")
            .setParameter(1, id)
            .setParameter(2, gatewayPaymentId)
            .setParameter(3, Timestamp.from(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public boolean fail(long id, PaymentStatus status, String failure, Instant at) {
    return em.createNativeQuery(
                "UPDATE payments SET status = ?2, failure = ?3, completed_at = ?4 WHERE id = ?1"
                    + " AND status IN ('CREATED', 'PENDING')")
            .setParameter(1, id)
            .setParameter(2, status.name())
            .setParameter(3, PlainText.cut(failure, 500))
            .setParameter(4, Timestamp.from(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public void addRefunded(long id, BigDecimal amount) {
    em.createNativeQuery("UPDATE payments SET refunded = refunded + ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, amount)
        .executeUpdate();
  }

  @Override
  public void addDisputed(long id, BigDecimal amount) {
    em.createNativeQuery("UPDATE payments SET disputed = greatest(0, disputed + ?2) WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, amount)
        .executeUpdate();
  }

  @Override
  public long requestRefund(
      long paymentId, BigDecimal amount, String reason, String requestedBy, Instant at) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO payment_refunds (payment_id, amount, status, reason,"
                    + " requested_by, next_attempt_at, created_at)"
                    + " VALUES (?1, ?2, 'REQUESTED', ?3, ?4, ?5, ?5) RETURNING id")
            .setParameter(1, paymentId)
            .setParameter(2, amount)
            .setParameter(3, reason)
            .setParameter(4, requestedBy)
            .setParameter(5, Timestamp.from(at))
            .getSingleResult());
  }

  @Override
  public Optional<Refund> refund(long refundId) {
    return refundRows(REFUND + " WHERE r.id = ?1", refundId).stream().findFirst();
  }

  @Override
  public List<Payment> refundableOf(long organisationId) {
    em.createNativeQuery(
            "SELECT id FROM payments WHERE organisation_id = ?1 AND status = 'SUCCEEDED'"
                + " ORDER BY completed_at DESC, id DESC LIMIT 1 FOR UPDATE")
        .setParameter(1, organisationId)
        .getResultList();
    List<?> rows =
        em.createNativeQuery(
                PAYMENT
                    + " WHERE p.organisation_id = ?1 AND p.status = 'SUCCEEDED'"
                    + " AND p.amount > p.refunded ORDER BY p.completed_at DESC, p.id DESC")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream().map(r -> payment((Object[]) r)).toList();
  }

  @Override
  public BigDecimal refundsUnderWayOf(long organisationId) {
    return (BigDecimal)
        em.createNativeQuery(
                "SELECT coalesce(sum(r.amount), 0) FROM payment_refunds r"
                    + " JOIN payments p ON p.id = r.payment_id"
                    + " WHERE p.organisation_id = ?1 AND r.status = 'REQUESTED'")
            .setParameter(1, organisationId)
            .getSingleResult();
  }

  @Override
  public boolean anyRefundAskedBy(long organisationId, String requestedBy) {
    return !em.createNativeQuery(
            "SELECT 1 FROM payment_refunds r JOIN payments p ON p.id = r.payment_id"
                + " WHERE p.organisation_id = ?1 AND r.requested_by = ?2 LIMIT 1")
        .setParameter(1, organisationId)
        .setParameter(2, requestedBy)
        .getResultList()
        .isEmpty();
  }

  @Override
  public BigDecimal refundsUnderWay(long paymentId) {
    return (BigDecimal)
        em.createNativeQuery(
                "SELECT coalesce(sum(amount), 0) FROM payment_refunds WHERE payment_id = ?1"
                    + " AND status = 'REQUESTED'")
            .setParameter(1, paymentId)
            .getSingleResult();
  }

  @Override
  public List<Refund> claimRefunds(Instant now, Instant lease, int limit) {
    List<?> ids =
        em.createNativeQuery(
                "UPDATE payment_refunds SET next_attempt_at = ?2 WHERE id IN (SELECT id"
                    + " FROM payment_refunds WHERE status = 'REQUESTED' AND next_attempt_at <= ?1"
                    + " ORDER BY next_attempt_at LIMIT ?3 FOR UPDATE SKIP LOCKED) RETURNING id")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, Timestamp.from(lease))
            .setParameter(3, limit)
            .getResultList();
    return ids.stream().map(id -> refund(SqlValues.toLong(id)).orElseThrow()).toList();
  }

  @Override
  public void forgetGatewayRefund(long paymentId, String gatewayRefundId) {
    em.createNativeQuery(
            "DELETE FROM payment_refunds WHERE payment_id = ?1 AND gateway_refund_id = ?2"
                + " AND requested_by = 'gateway'")
        .setParameter(1, paymentId)
        .setParameter(2, gatewayRefundId)
        .executeUpdate();
  }

  @Override
  public Optional<Instant> nextRefund() {
    return earliest("SELECT min(next_attempt_at) FROM payment_refunds WHERE status = 'REQUESTED'");
  }

  @Override
  public boolean refundDone(long refundId, String gatewayRefundId, Instant at) {
    return em.createNativeQuery(
                "UPDATE payment_refunds SET status = 'SUCCEEDED', gateway_refund_id = ?2,"
                    + " attempts = attempts + 1, next_attempt_at = NULL, failure = NULL,"
                    + " completed_at = ?3 WHERE id = ?1 AND status = 'REQUESTED'")
            .setParameter(1, refundId)
            .setParameter(2, gatewayRefundId)
            .setParameter(3, Timestamp.from(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public void refundAttemptFailed(long refundId, String failure, Instant next, Instant at) {
    em.createNativeQuery(
            "UPDATE payment_refunds SET attempts = attempts + 1, failure = ?2,"
                + " next_attempt_at = ?3,"
                + " status = CASE WHEN ?4 THEN 'FAILED' ELSE status END,"
                + " completed_at = CASE WHEN ?4 THEN ?5 ELSE completed_at END"
                + " WHERE id = ?1 AND status = 'REQUESTED'")
        .setParameter(1, refundId)
        .setParameter(2, PlainText.cut(failure, 500))
        .setParameter(3, next == null ? null : Timestamp.from(next))
        .setParameter(4, next == null)
        .setParameter(5, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public boolean recordGatewayRefund(
      long paymentId, String gatewayRefundId, BigDecimal amount, Instant at) {
    return em.createNativeQuery(
                "INSERT INTO payment_refunds (payment_id, amount, status, gateway_refund_id,"
                    + " reason, requested_by, attempts, created_at, completed_at)"
                    + " VALUES (?1, ?2, 'SUCCEEDED', ?3, 'Refunded at the gateway', 'gateway', 0,"
                    + " ?4, ?4) ON CONFLICT (payment_id, gateway_refund_id) DO NOTHING")
            .setParameter(1, paymentId)
            .setParameter(2, amount)
            .setParameter(3, gatewayRefundId)
            .setParameter(4, Timestamp.from(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public List<Refund> refundsOf(long paymentId) {
    return refundRows(REFUND + " WHERE r.payment_id = ?1 ORDER BY r.id", paymentId);
  }

  @Override
  public Page<Refund> refunds(PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM payment_refunds",
        REFUND + " ORDER BY r.id DESC",
        JpaPaymentRepository::refundOf);
  }

  private List<Refund> refundRows(String sql, Object... parameters) {
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaPaymentRepository::refundOf).toList();
  }

  private static Refund refundOf(Object[] r) {
    return new Refund(
        SqlValues.toLong(r[0]),
        SqlValues.toLong(r[1]),
        SqlValues.toLong(r[2]),
        (BigDecimal) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        (String) r[8],
        SqlValues.toInt(r[9]),
        SqlValues.instant(r[10]));
  }

  private Optional<Instant> earliest(String sql) {
    Object at = em.createNativeQuery(sql).getSingleResult();
    return at == null ? Optional.empty() : Optional.of(SqlValues.instant(at));
  }

  @Override
  public boolean openDispute(long paymentId, String disputeId, BigDecimal amount, Instant at) {
    return em.createNativeQuery(
                "INSERT INTO payment_disputes (payment_id, gateway_dispute_id, amount, status,"
                    + " opened_at) VALUES (?1, ?2, ?3, 'OPEN', ?4)"
                    + " ON CONFLICT (payment_id, gateway_dispute_id) DO NOTHING")
            .setParameter(1, paymentId)
            .setParameter(2, disputeId)
            .setParameter(3, amount)
            .setParameter(4, Timestamp.from(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public Optional<Dispute> dispute(long paymentId, String disputeId) {
    List<?> rows =
        em.createNativeQuery(DISPUTE + " WHERE d.payment_id = ?1 AND d.gateway_dispute_id = ?2")
            .setParameter(1, paymentId)
            .setParameter(2, disputeId)
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaPaymentRepository::disputeOf).findFirst();
  }

  @Override
  public void recordClosedDispute(
      long paymentId, String disputeId, BigDecimal amount, boolean won, Instant at) {
    em.createNativeQuery(
            "INSERT INTO payment_disputes (payment_id, gateway_dispute_id, amount, status,"
                + " opened_at, closed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)"
                + " ON CONFLICT (payment_id, gateway_dispute_id) DO NOTHING")
        .setParameter(1, paymentId)
        .setParameter(2, disputeId)
        .setParameter(3, amount)
        .setParameter(4, won ? "WON" : "LOST")
        .setParameter(5, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public boolean closeDispute(long paymentId, String disputeId, boolean won, Instant at) {
    return em.createNativeQuery(
                "UPDATE payment_disputes SET status = ?3, closed_at = ?4 WHERE payment_id = ?1"
                    + " AND gateway_dispute_id = ?2 AND status = 'OPEN'")
            .setParameter(1, paymentId)
            .setParameter(2, disputeId)
            .setParameter(3, won ? "WON" : "LOST")
            .setParameter(4, Timestamp.from(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public Page<Dispute> disputes(PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM payment_disputes",
        DISPUTE + " ORDER BY (d.status = 'OPEN') DESC, d.id DESC",
        JpaPaymentRepository::disputeOf);
  }

  private static Dispute disputeOf(Object[] r) {
    return new Dispute(
        SqlValues.toLong(r[0]),
        SqlValues.toLong(r[1]),
        SqlValues.toLong(r[2]),
        (String) r[3],
        (BigDecimal) r[4],
        ((String) r[5]).strip(),
        (String) r[6],
        SqlValues.instant(r[7]),
        r[8] == null ? null : SqlValues.instant(r[8]));
  }

  private static Optional<Payment> one(List<?> rows) {
    return rows.stream().map(Object[].class::cast).map(JpaPaymentRepository::payment).findFirst();
  }

  private static Payment payment(Object[] r) {
    return new Payment(
        SqlValues.toLong(r[0]),
        SqlValues.toLong(r[1]),
        SqlValues.toLong(r[2]),
        GatewayKind.valueOf((String) r[3]),
        (String) r[4],
        new Money((BigDecimal) r[5], Currency.getInstance(((String) r[6]).strip())),
        PaymentStatus.valueOf((String) r[7]),
        (String) r[8],
        (String) r[9],
        (String) r[10],
        (Boolean) r[11],
        (BigDecimal) r[12],
        (BigDecimal) r[13],
        (String) r[14],
        (String) r[15],
        SqlValues.toInt(r[16]),
        SqlValues.instant(r[17]),
        r[18] == null ? null : SqlValues.instant(r[18]));
  }
}
