package io.brandcloud.payments.infrastructure.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.Refund;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import com.stripe.param.checkout.SessionRetrieveParams;
import io.brandcloud.payments.domain.CardFacts;
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
import io.brandcloud.shared.Money;
import io.brandcloud.shared.VendorEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Stripe through its Java SDK, one client per call with the tenant's own secret key (never the
 * SDK's JVM-wide key) and the API base overridable for tests. A top-up is a Checkout Session (SCA
 * is Stripe's page's business); an automatic top-up an off-session PaymentIntent on the saved card.
 * Every call that moves money sends our reference as its idempotency key.
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

  static final String DEFAULT_API = "https://api.stripe.com";
  static final long TOLERANCE_SECONDS = 300;

  @Inject ApplicationClock clock;

  @Override
  public GatewayKind kind() {
    return GatewayKind.STRIPE;
  }

  static StripeClient client(GatewayAccount account) {
    String base = account.apiUrl() == null ? DEFAULT_API : account.apiUrl();
    VendorEndpoint stripe = GatewayKind.STRIPE.endpoint();
    if (!stripe.owns(URI.create(base)) && !stripe.takesOtherAddresses()) {
      // an address saved before only Stripe's own host was taken
      throw new GatewayException(
          "Stripe: the gateway's address is not Stripe's own; set it again", false);
    }
    return StripeClient.builder()
        .setApiKey(account.secret())
        .setApiBase(base)
        .setMaxNetworkRetries(1)
        .setHttpClient(new StripeHttp())
        .build();
  }

  @Override
  public void check(GatewayAccount account) {
    try {
      client(account).v1().balance().retrieve();
    } catch (StripeException e) {
      throw failure(e);
    }
  }

  @Override
  public Checkout startCheckout(GatewayAccount account, CheckoutRequest request) {
    SessionCreateParams.PaymentIntentData.Builder intent =
        SessionCreateParams.PaymentIntentData.builder()
            .putMetadata(StripeEvents.REFERENCE, request.reference());
    SessionCreateParams.Builder session =
        SessionCreateParams.builder()
            .setMode(SessionCreateParams.Mode.PAYMENT)
            .addLineItem(
                SessionCreateParams.LineItem.builder()
                    .setQuantity(1L)
                    .setPriceData(
                        SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(MinorUnits.code(request.amount().currency()))
                            .setUnitAmount(MinorUnits.of(request.amount()))
                            .setProductData(
                                SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName(request.description())
                                    .build())
                            .build())
                    .build())
            .setSuccessUrl(request.returnUrl())
            .setCancelUrl(request.cancelUrl())
            .setClientReferenceId(request.reference())
            .putMetadata(StripeEvents.REFERENCE, request.reference());
    if (request.customerEmail() != null) {
      session.setCustomerEmail(request.customerEmail());
    }
    if (request.saveCard()) {
      session.setCustomerCreation(SessionCreateParams.CustomerCreation.ALWAYS);
      intent.setSetupFutureUsage(
          SessionCreateParams.PaymentIntentData.SetupFutureUsage.OFF_SESSION);
    }
    session.setPaymentIntentData(intent.build());
    try {
      Session created =
          client(account)
              .v1()
              .checkout()
              .sessions()
              .create(session.build(), idempotent(request.reference() + "-checkout"));
      return new Checkout(created.getId(), created.getUrl());
    } catch (StripeException e) {
      throw failure(e);
    }
  }

  @Override
  public PaymentOutcome confirm(
      GatewayAccount account, String checkoutReference, String reference) {
    try {
      if (checkoutReference.startsWith("pi_")) {
        return outcome(
            client(account)
                .v1()
                .paymentIntents()
                .retrieve(
                    checkoutReference,
                    PaymentIntentRetrieveParams.builder().addExpand("payment_method").build(),
                    RequestOptions.getDefault()));
      }
      Session session =
          client(account)
              .v1()
              .checkout()
              .sessions()
              .retrieve(
                  checkoutReference,
                  SessionRetrieveParams.builder()
                      .addExpand("payment_intent")
                      .addExpand("payment_intent.payment_method")
                      .build(),
                  RequestOptions.getDefault());
      if ("expired".equals(session.getStatus())) {
        return PaymentOutcome.failed("The checkout expired");
      }
      if (!"paid".equals(session.getPaymentStatus()) || session.getPaymentIntentObject() == null) {
        return PaymentOutcome.open();
      }
      return outcome(session.getPaymentIntentObject());
    } catch (StripeException e) {
      throw failure(e);
    }
  }

  private static PaymentOutcome outcome(PaymentIntent intent) {
    return switch (intent.getStatus()) {
      case "succeeded" ->
          PaymentOutcome.paid(
              intent.getId(),
              new Money(
                  MinorUnits.toAmount(intent.getAmountReceived(), intent.getCurrency()),
                  MinorUnits.currency(intent.getCurrency())),
              card(intent),
              facts(intent));
      case "canceled" -> PaymentOutcome.failed("The payment was cancelled");
      case "requires_payment_method" ->
          PaymentOutcome.failed(
              intent.getLastPaymentError() == null
                  ? "The card was declined"
                  : intent.getLastPaymentError().getMessage());
      default ->
          new PaymentOutcome(PaymentOutcome.State.OPEN, intent.getId(), null, null, null, null);
    };
  }

  /** The fingerprint and issuing country of the card that paid, where it was a card. */
  private static CardFacts facts(PaymentIntent intent) {
    PaymentMethod method = intent.getPaymentMethodObject();
    return method == null || method.getCard() == null
        ? null
        : CardFacts.of(method.getCard().getFingerprint(), method.getCard().getCountry());
  }

  /** The card the customer paid with, where Stripe kept it for the customer. */
  private static SavedCard card(PaymentIntent intent) {
    PaymentMethod method = intent.getPaymentMethodObject();
    if (intent.getCustomer() == null || method == null) {
      return null;
    }
    String label =
        method.getCard() == null
            ? method.getType()
            : method.getCard().getBrand() + " •••• " + method.getCard().getLast4();
    return new SavedCard(intent.getCustomer(), method.getId(), label);
  }

  @Override
  public GatewayRefund refund(
      GatewayAccount account, String paymentId, Money amount, String reference) {
    try {
      Refund refund =
          client(account)
              .v1()
              .refunds()
              .create(
                  RefundCreateParams.builder()
                      .setPaymentIntent(paymentId)
                      .setAmount(MinorUnits.of(amount))
                      .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
                      .putMetadata(StripeEvents.REFERENCE, reference)
                      .build(),
                  idempotent(reference));
      if ("failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus())) {
        throw new GatewayException(
            "Stripe refused the refund: " + refund.getFailureReason(), false);
      }
      return new GatewayRefund(refund.getId());
    } catch (StripeException e) {
      throw failure(e);
    }
  }

  @Override
  public PaymentOutcome chargeSaved(
      GatewayAccount account, SavedCard card, Money amount, String reference) {
    try {
      PaymentIntent intent =
          client(account)
              .v1()
              .paymentIntents()
              .create(
                  PaymentIntentCreateParams.builder()
                      .setAmount(MinorUnits.of(amount))
                      .setCurrency(MinorUnits.code(amount.currency()))
                      .setCustomer(card.customerRef())
                      .setPaymentMethod(card.paymentMethodRef())
                      .setConfirm(true)
                      .setOffSession(true)
                      .putMetadata(StripeEvents.REFERENCE, reference)
                      .putMetadata(StripeEvents.PURPOSE, StripeEvents.AUTO_TOP_UP)
                      .build(),
                  idempotent(reference));
      return outcome(intent);
    } catch (CardException e) {
      return PaymentOutcome.failed(
          e.getUserMessage() == null ? "The card was declined" : e.getUserMessage());
    } catch (StripeException e) {
      throw failure(e);
    }
  }

  @Override
  public GatewayEvent verify(GatewayAccount account, WebhookDelivery delivery) {
    String header = delivery.header("Stripe-Signature");
    if (header == null || account.webhookSecret() == null) {
      throw GatewayException.forged("No Stripe-Signature header");
    }
    if (signedAt(header)
        .filter(at -> at > clock.now().getEpochSecond() + TOLERANCE_SECONDS)
        .isPresent()) {
      // the SDK only refuses old signatures; one dated ahead is as suspect
      throw GatewayException.forged("The Stripe signature is dated in the future");
    }
    try {
      Webhook.Signature.verifyHeader(
          delivery.body(),
          header,
          account.webhookSecret(),
          TOLERANCE_SECONDS,
          Clock.fixed(clock.now(), ZoneOffset.UTC));
    } catch (SignatureVerificationException e) {
      throw GatewayException.forged("The Stripe signature does not verify");
    }
    return StripeEvents.read(delivery.body());
  }

  /** The {@code t=} of a {@code Stripe-Signature} header, which the SDK checks the age of. */
  static Optional<Long> signedAt(String header) {
    for (String part : header.split(",")) {
      String item = part.strip();
      if (item.startsWith("t=")) {
        try {
          return Optional.of(Long.parseLong(item.substring(2)));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static RequestOptions idempotent(String key) {
    return RequestOptions.builder().setIdempotencyKey(key).build();
  }

  /** Stripe's failure in our terms: network trouble, rate limits and 5xx may pass. */
  static GatewayException failure(StripeException e) {
    boolean mayPass =
        e instanceof ApiConnectionException
            || e instanceof RateLimitException
            || e.getStatusCode() != null && e.getStatusCode() >= 500;
    String message =
        e instanceof ApiConnectionException
            ? StripeHttp.UNREACHABLE
            : e.getUserMessage() != null ? e.getUserMessage() : e.getMessage();
    return new GatewayException("Stripe: " + message, mayPass);
  }
}
