package io.brandcloud.payments.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.payments.domain.Checkout;
import io.brandcloud.payments.domain.CheckoutRequest;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentGateway;
import io.brandcloud.payments.domain.PaymentOutcome;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.jboss.logging.Logger;

/**
 * Customers top up their wallet at one of the tenant's gateways: a payment is written, the
 * gateway's checkout opened (no transaction open while it is called) and the customer sent there;
 * coming back, the payment is confirmed with the gateway and credited once, unless the webhook did
 * it first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TopUps {

  private static final Logger LOG = Logger.getLogger(TopUps.class);

  @Inject MemberAccess members;
  @EJB PaymentSteps steps;
  @Inject GatewayClients clients;

  /** Where the gateway sends the customer back: our payment page, with the payment's id. */
  public record ReturnPages(String paymentPage, String siteUrl) {

    String returnUrl(long paymentId) {
      return paymentPage + (paymentPage.contains("?") ? "&" : "?") + "payment=" + paymentId;
    }

    String cancelUrl(long paymentId) {
      return returnUrl(paymentId) + "&cancelled=true";
    }
  }

  /**
   * Opens a checkout for {@code amount}; answers the payment with the page to send the customer.
   */
  public Payment start(
      long organisationId,
      GatewayKind kind,
      BigDecimal amount,
      boolean saveCard,
      ReturnPages pages) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    String customer = CurrentCaller.require().name();
    PaymentSteps.StartedPayment started =
        steps.newPayment(organisationId, kind, Payment.TOP_UP, amount, saveCard, customer);
    long id = started.payment().id();
    Checkout checkout;
    try {
      checkout =
          clients
              .of(kind)
              .startCheckout(
                  started.account(),
                  new CheckoutRequest(
                      started.amount(),
                      started.reference(),
                      "Wallet top-up",
                      customer,
                      pages.returnUrl(id),
                      pages.cancelUrl(id),
                      saveCard,
                      pages.siteUrl()));
    } catch (GatewayException e) {
      LOG.warnf("Opening a checkout for payment %d failed: %s", id, e.getMessage());
      steps.startFailed(id, e.getMessage());
      throw new BrandcloudException(ErrorCode.GATEWAY_FAILED, e.getMessage());
    }
    return steps.atCheckout(id, checkout);
  }

  /**
   * The customer gave up at the checkout: the payment ends unpaid (money that arrives for it later
   * is still credited).
   */
  public Payment cancel(long organisationId, long paymentId) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    return steps.cancel(organisationId, paymentId);
  }

  /**
   * The customer came back from the checkout: an open payment is confirmed with the gateway now
   * (and, at PayPal, captured). A gateway that does not answer leaves it pending for the worker.
   */
  public Payment confirm(long organisationId, long paymentId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    PaymentSteps.StartedPayment started = steps.payment(organisationId, paymentId);
    Payment payment = started.payment();
    if (!payment.status().open() || payment.checkoutReference() == null) {
      return payment;
    }
    PaymentGateway gateway = clients.of(payment.gateway());
    try {
      PaymentOutcome outcome =
          gateway.confirm(started.account(), payment.checkoutReference(), started.reference());
      return steps.apply(paymentId, outcome);
    } catch (GatewayException e) {
      LOG.warnf("Confirming payment %d failed: %s", paymentId, e.getMessage());
      return payment;
    }
  }
}
