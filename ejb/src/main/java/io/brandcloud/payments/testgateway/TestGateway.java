package io.brandcloud.payments.testgateway;

import io.brandcloud.payments.domain.Checkout;
import io.brandcloud.payments.domain.CheckoutRequest;
import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewayRefund;
import io.brandcloud.payments.domain.PaymentGateway;
import io.brandcloud.payments.domain.PaymentOutcome;
import io.brandcloud.payments.domain.SavedCard;
import io.brandcloud.payments.domain.WebhookDelivery;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Currency;

/** The panel's side of the test gateway: the same SPI the real gateways implement. */
@ApplicationScoped
public class TestGateway implements PaymentGateway {

  /** Where the test gateway's checkout page is, under the tenant's portal. */
  public static final String CHECKOUT_PAGE = "/test-gateway/checkout.xhtml";

  @EJB TestGatewayBooks books;
  @Inject TestGatewayWebhooks webhooks;
  @Inject ApplicationClock clock;

  @Override
  public GatewayKind kind() {
    return GatewayKind.TEST;
  }

  @Override
  public void check(GatewayAccount account) {
    if (account.webhookSecret() == null) {
      throw new GatewayException("The test gateway has no webhook secret", false);
    }
  }

  @Override
  public Checkout startCheckout(GatewayAccount account, CheckoutRequest request) {
    TestCharge charge =
        books.open(
            request.reference(),
            request.amount(),
            request.saveCard(),
            request.customerEmail(),
            request.returnUrl(),
            request.cancelUrl(),
            clock.now());
    return new Checkout(
        charge.sessionId(),
        request.siteUrl()
            + CHECKOUT_PAGE
            + "?session="
            + URLEncoder.encode(charge.sessionId(), StandardCharsets.UTF_8));
  }

  @Override
  public PaymentOutcome confirm(
      GatewayAccount account, String checkoutReference, String reference) {
    TestCharge charge =
        books
            .bySession(checkoutReference)
            .orElseThrow(
                () -> new GatewayException("No such checkout: " + checkoutReference, false));
    return outcome(charge);
  }

  static PaymentOutcome outcome(TestCharge charge) {
    return switch (charge.status()) {
      case "PAID" ->
          PaymentOutcome.paid(
              charge.chargeId(),
              new Money(charge.amount(), Currency.getInstance(charge.currency())),
              charge.saveCard() && charge.cardRef() != null
                  ? new SavedCard(
                      "tgcus_" + charge.paymentReference(),
                      charge.cardRef(),
                      TestCards.label(TestCards.of(charge.cardRef())))
                  : null,
              TestCards.facts(charge.card()));
      case "DECLINED" -> PaymentOutcome.failed("The card was declined");
      default -> PaymentOutcome.open();
    };
  }

  @Override
  public GatewayRefund refund(
      GatewayAccount account, String paymentId, Money amount, String reference) {
    String refundId;
    try {
      refundId = books.refund(paymentId, amount.amount(), reference, clock.now());
    } catch (BrandcloudException e) {
      throw new GatewayException(e.getMessage(), false);
    }
    webhooks.send(
        account.webhookSecret(),
        TestGatewayEvents.refunded(refundId, paymentId, amount.amount(), reference, clock.now()));
    return new GatewayRefund(refundId);
  }

  @Override
  public PaymentOutcome chargeSaved(
      GatewayAccount account, SavedCard card, Money amount, String reference) {
    TestCharge charge = books.chargeCard(reference, card.paymentMethodRef(), amount, clock.now());
    webhooks.send(
        account.webhookSecret(),
        charge.paid()
            ? TestGatewayEvents.paid(charge, clock.now())
            : TestGatewayEvents.declined(charge, clock.now()));
    return outcome(charge);
  }

  @Override
  public GatewayEvent verify(GatewayAccount account, WebhookDelivery delivery) {
    TestGatewaySignature.verify(
        account.webhookSecret(),
        delivery.header(TestGatewaySignature.HEADER),
        delivery.body(),
        clock.now());
    return TestGatewayEvents.read(delivery.body());
  }
}
