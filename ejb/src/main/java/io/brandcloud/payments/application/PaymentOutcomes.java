package io.brandcloud.payments.application;

import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentOutcome;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.shared.ApplicationClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * What the gateway said of a payment when asked, applied in the caller's transaction with the
 * payment locked: paid credits the wallet once, failed ends it, open waits for the next check (a
 * checkout open for about a day is given up).
 */
@ApplicationScoped
public class PaymentOutcomes {

  /** A checkout nobody came back from is asked about after these waits, then given up. */
  static final Duration[] CHECKS = {
    Duration.ofMinutes(15),
    Duration.ofMinutes(30),
    Duration.ofHours(1),
    Duration.ofHours(2),
    Duration.ofHours(4),
    Duration.ofHours(8),
    Duration.ofHours(9)
  };

  @Inject PaymentRepository payments;
  @Inject PaymentBookings bookings;
  @Inject ApplicationClock clock;

  /** Answers the payment as it is now. */
  public Payment apply(long paymentId, PaymentOutcome outcome) {
    Payment payment = payments.findForUpdate(paymentId).orElseThrow();
    switch (outcome.state()) {
      case PAID -> {
        bookings.paid(
            payment, outcome.paymentId(), outcome.paid(), outcome.savedCard(), outcome.card());
        payments.checked(paymentId, null);
      }
      case FAILED -> {
        bookings.failed(paymentId, outcome.failure());
        payments.checked(paymentId, null);
      }
      case OPEN -> waitLonger(payment);
    }
    return payments.find(paymentId).orElseThrow();
  }

  /** A check that could not reach the gateway: tried again like an open payment. */
  public void checkFailed(long paymentId) {
    payments.findForUpdate(paymentId).ifPresent(this::waitLonger);
  }

  private void waitLonger(Payment payment) {
    boolean open = payment.status().open();
    boolean cardToLearn =
        payment.status() == PaymentStatus.SUCCEEDED && CardStillToLearn.of(payment, payments);
    if (!open && !cardToLearn) {
      payments.checked(payment.id(), null);
      return;
    }
    int next = payment.checks() + 1;
    if (next >= CHECKS.length) {
      if (open) {
        payments.fail(
            payment.id(), PaymentStatus.CANCELLED, "The checkout expired unpaid", clock.now());
      }
      payments.checked(payment.id(), null);
      return;
    }
    payments.checked(payment.id(), clock.now().plus(CHECKS[next]));
  }
}
