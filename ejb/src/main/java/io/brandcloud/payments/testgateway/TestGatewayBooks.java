package io.brandcloud.payments.testgateway;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.SecretTokens;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The test gateway's own books, in the tenant's schema but apart from the panel's payments: each
 * change commits on its own, as a gateway's would before it answers. Checkouts and charges are once
 * per payment reference, refunds once per refund reference, so retried calls do nothing twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TestGatewayBooks {

  private static final String CHARGE =
      "SELECT session_id, payment_reference, charge_id, amount, currency, status, save_card,"
          + " card_ref, return_url, cancel_url, refunded, card FROM test_gateway_charges";

  @PersistenceContext EntityManager em;

  /** Opens a checkout for the payment, or answers the one opened before. */
  public TestCharge open(
      String paymentReference,
      Money amount,
      boolean saveCard,
      String email,
      String returnUrl,
      String cancelUrl,
      Instant at) {
    em.createNativeQuery(
            "INSERT INTO test_gateway_charges (session_id, payment_reference, amount, currency,"
                + " status, save_card, customer_email, return_url, cancel_url, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, 'OPEN', ?5, ?6, ?7, ?8, ?9)"
                + " ON CONFLICT (payment_reference) DO NOTHING")
        .setParameter(1, "tgs_" + SecretTokens.randomAlphanumeric(24))
        .setParameter(2, paymentReference)
        .setParameter(3, amount.amount())
        .setParameter(4, amount.currency().getCurrencyCode())
        .setParameter(5, saveCard)
        .setParameter(6, email)
        .setParameter(7, returnUrl)
        .setParameter(8, cancelUrl)
        .setParameter(9, Timestamp.from(at))
        .executeUpdate();
    return byReference(paymentReference).orElseThrow();
  }

  public Optional<TestCharge> bySession(String sessionId) {
    return one(CHARGE + " WHERE session_id = ?1", sessionId);
  }

  public Optional<TestCharge> byReference(String paymentReference) {
    return one(CHARGE + " WHERE payment_reference = ?1", paymentReference);
  }

  public Optional<TestCharge> byCharge(String chargeId) {
    return one(CHARGE + " WHERE charge_id = ?1", chargeId);
  }

  /**
   * The customer paid an open checkout with a card: paid (and the card kept where asked) or
   * declined. A checkout that ended answers as it is.
   */
  public TestCharge pay(String sessionId, String last4, Instant at) {
    boolean pays = TestCards.paysAtCheckout(last4);
    em.createNativeQuery(
            "UPDATE test_gateway_charges SET status = ?2, paid_at = ?3,"
                + " charge_id = CASE WHEN ?4 THEN ?5 END,"
                + " card_ref = CASE WHEN ?4 AND save_card THEN ?6 END, card = ?7"
                + " WHERE session_id = ?1 AND status = 'OPEN'")
        .setParameter(1, sessionId)
        .setParameter(2, pays ? "PAID" : "DECLINED")
        .setParameter(3, Timestamp.from(at))
        .setParameter(4, pays)
        .setParameter(5, "tgc_" + SecretTokens.randomAlphanumeric(24))
        .setParameter(6, "tgcard_" + last4 + "_" + SecretTokens.randomAlphanumeric(16))
        .setParameter(7, last4)
        .executeUpdate();
    return bySession(sessionId)
        .orElseThrow(() -> BrandcloudException.notFound("Checkout " + sessionId));
  }

  /** A saved card charged with the customer away, once per payment reference. */
  public TestCharge chargeCard(String paymentReference, String cardRef, Money amount, Instant at) {
    boolean pays = TestCards.paysOffSession(TestCards.of(cardRef));
    em.createNativeQuery(
            "INSERT INTO test_gateway_charges (session_id, payment_reference, charge_id, amount,"
                + " currency, status, card_ref, card, created_at, paid_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"
                + " ON CONFLICT (payment_reference) DO NOTHING")
        .setParameter(1, "tgs_" + SecretTokens.randomAlphanumeric(24))
        .setParameter(2, paymentReference)
        .setParameter(3, pays ? "tgc_" + SecretTokens.randomAlphanumeric(24) : null)
        .setParameter(4, amount.amount())
        .setParameter(5, amount.currency().getCurrencyCode())
        .setParameter(6, pays ? "PAID" : "DECLINED")
        .setParameter(7, cardRef)
        .setParameter(8, TestCards.of(cardRef))
        .setParameter(9, Timestamp.from(at))
        .executeUpdate();
    return byReference(paymentReference).orElseThrow();
  }

  /** Gives part of a charge back, once per refund reference; answers the refund's id. */
  public String refund(String chargeId, BigDecimal amount, String refundReference, Instant at) {
    List<?> before =
        em.createNativeQuery(
                "SELECT refund_id FROM test_gateway_refunds WHERE refund_reference = ?1")
            .setParameter(1, refundReference)
            .getResultList();
    if (!before.isEmpty()) {
      return (String) before.get(0);
    }
    int changed =
        em.createNativeQuery(
                "UPDATE test_gateway_charges SET refunded = refunded + ?2"
                    + " WHERE charge_id = ?1 AND status = 'PAID' AND refunded + ?2 <= amount")
            .setParameter(1, chargeId)
            .setParameter(2, amount)
            .executeUpdate();
    if (changed == 0) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The charge " + chargeId + " cannot be refunded that much");
    }
    String refundId = "tgr_" + SecretTokens.randomAlphanumeric(24);
    em.createNativeQuery(
            "INSERT INTO test_gateway_refunds (refund_id, refund_reference, charge_id, amount,"
                + " created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, refundId)
        .setParameter(2, refundReference)
        .setParameter(3, chargeId)
        .setParameter(4, amount)
        .setParameter(5, Timestamp.from(at))
        .executeUpdate();
    return refundId;
  }

  private Optional<TestCharge> one(String sql, String value) {
    List<?> rows = em.createNativeQuery(sql).setParameter(1, value).getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new TestCharge(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (BigDecimal) r[3],
                    ((String) r[4]).strip(),
                    (String) r[5],
                    (Boolean) r[6],
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    (BigDecimal) r[10],
                    (String) r[11]))
        .findFirst();
  }
}
