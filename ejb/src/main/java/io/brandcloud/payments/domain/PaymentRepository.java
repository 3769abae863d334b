package io.brandcloud.payments.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's payments with their refunds and disputes. */
public interface PaymentRepository {

  long add(
      long organisationId,
      long gatewayId,
      String purpose,
      BigDecimal amount,
      String currency,
      boolean saveCard,
      String requestedBy,
      Instant at);

  Optional<Payment> find(long id);

  /** Locks the payment until the transaction ends. */
  Optional<Payment> findForUpdate(long id);

  Optional<Payment> byCheckout(long gatewayId, String checkoutReference);

  Optional<Payment> byGatewayPayment(long gatewayId, String gatewayPaymentId);

  Page<Payment> ofOrganisation(long organisationId, PageRequest page);

  Page<Payment> all(PageRequest page);

  /**
   * Takes payments to ask the gateway about now (or, for an automatic top-up, to charge), oldest
   * first: their next check moves to {@code lease}, so a worker that dies leaves them to the next.
   */
  List<Payment> claimChecks(Instant now, Instant lease, int limit);

  /** Whether any payment at the gateway is still open (its money not confirmed yet). */
  boolean anyOpen(long gatewayId);

  /** When the next payment is to be asked about, if any is. */
  Optional<Instant> nextCheck();

  /** Asks about the payment at the gateway at {@code at} (null: no more). */
  void scheduleCheck(long id, Instant at);

  /** Counts a check of the payment and schedules the next (null: no more). */
  void checked(long id, Instant next);

  /**
   * Keeps the gateway's checkout of the payment; a payment still being created goes to PENDING (a
   * webhook may have completed it already).
   */
  void atCheckout(long id, String checkoutReference, String checkoutUrl);

  /**
   * Marks a payment succeeded unless it already was (a late payment of a failed or expired checkout
   * is money received); answers false if it had succeeded before.
   */
  boolean succeed(long id, String gatewayPaymentId, Instant at);

  /** Whether what the gateway tells of the card that paid is kept already. */
  boolean cardKnown(long id);

  /** Keeps what the gateway told of the card that paid; false when it was kept before. */
  boolean recordCard(long id, CardFacts card);

  /** Ends an open payment; a payment that succeeded stays so. False if it was not open. */
  boolean fail(long id, PaymentStatus status, String failure, Instant at);

  void addRefunded(long id, BigDecimal amount);

  void addDisputed(long id, BigDecimal amount);

  /** Reserves a refund of {@code amount}, due at once, and answers its id. */
  long requestRefund(
      long paymentId, BigDecimal amount, String reason, String requestedBy, Instant at);

  Optional<Refund> refund(long refundId);

  /**
   * The organisation's completed payments with something left to refund, the newest first; the
   * newest is locked, so two givings-back of one balance run one after the other.
   */
  List<Payment> refundableOf(long organisationId);

  /** Refunds of the organisation's payments asked for and not yet answered by the gateway. */
  BigDecimal refundsUnderWayOf(long organisationId);

  /** Whether a refund was ever asked for the organisation by {@code requestedBy}. */
  boolean anyRefundAskedBy(long organisationId, String requestedBy);

  /** Refunds asked for and not yet answered by the gateway. */
  BigDecimal refundsUnderWay(long paymentId);

  /** Takes refunds to send to the gateway now, their next attempt moved to {@code lease}. */
  List<Refund> claimRefunds(Instant now, Instant lease, int limit);

  Optional<Instant> nextRefund();

  /**
   * Drops the record of a refund an event noted as made at the gateway, when it turns out to be one
   * staff asked for (the event came first).
   */
  void forgetGatewayRefund(long paymentId, String gatewayRefundId);

  /** Marks a requested refund done; answers false if it was not under way any more. */
  boolean refundDone(long refundId, String gatewayRefundId, Instant at);

  /** Counts a failed attempt: tried again at {@code next}, or failed for good if null. */
  void refundAttemptFailed(long refundId, String failure, Instant next, Instant at);

  /**
   * Notes a refund made at the gateway without us (its dashboard); answers false if it was noted
   * before.
   */
  boolean recordGatewayRefund(
      long paymentId, String gatewayRefundId, BigDecimal amount, Instant at);

  List<Refund> refundsOf(long paymentId);

  /** Refunds of any payment, newest first. */
  Page<Refund> refunds(PageRequest page);

  /** Notes a dispute; answers false if it was noted already. */
  boolean openDispute(long paymentId, String disputeId, BigDecimal amount, Instant at);

  Optional<Dispute> dispute(long paymentId, String disputeId);

  /** Closes an open dispute; answers false if it was not open. */
  boolean closeDispute(long paymentId, String disputeId, boolean won, Instant at);

  /** Notes a dispute the gateway closed before we heard it open. */
  void recordClosedDispute(
      long paymentId, String disputeId, BigDecimal amount, boolean won, Instant at);

  Page<Dispute> disputes(PageRequest page);

  /** A refund of a payment. */
  record Refund(
      long id,
      long paymentId,
      long organisationId,
      BigDecimal amount,
      String status,
      String gatewayRefundId,
      String reason,
      String requestedBy,
      String failure,
      int attempts,
      Instant createdAt)
      implements Serializable {

    public boolean underWay() {
      return "REQUESTED".equals(status);
    }
  }

  /** A dispute of a payment. */
  record Dispute(
      long id,
      long paymentId,
      long organisationId,
      String disputeId,
      BigDecimal amount,
      String currency,
      String status,
      Instant openedAt,
      Instant closedAt)
      implements Serializable {}
}
