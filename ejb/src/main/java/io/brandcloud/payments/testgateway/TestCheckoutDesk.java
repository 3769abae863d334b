package io.brandcloud.payments.testgateway;

import io.brandcloud.payments.application.GatewayRecords;
import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Random;

/**
 * The test gateway's checkout page and its back office: a customer pays or declines a checkout, and
 * (as a bank would) a dispute is opened and decided on a charge. Each tells the panel by a signed
 * webhook after the gateway's books changed; the checkout id in the page's address is the only key
 * to it, as at a real gateway.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TestCheckoutDesk {

  @EJB TestGatewayBooks books;
  @Inject TestGatewayWebhooks webhooks;
  @Inject GatewayRecords gateways;
  @Inject ApplicationClock clock;

  private final Random disputeIds = new Random();

  public TestCharge checkout(String sessionId) {
    return books
        .bySession(sessionId == null ? "" : sessionId)
        .orElseThrow(() -> BrandcloudException.notFound("The checkout"));
  }

  /** Pays with the card ending {@code last4}; answers where to send the customer. */
  public String pay(String sessionId, String last4) {
    TestCharge before = checkout(sessionId);
    TestCharge after = books.pay(before.sessionId(), TestCards.require(last4), clock.now());
    if (before.open()) {
      webhooks.send(
          secret(),
          after.paid()
              ? TestGatewayEvents.paid(after, clock.now())
              : TestGatewayEvents.declined(after, clock.now()));
    }
    return after.returnUrl();
  }

  /** The customer gave up: back to the panel with nothing paid. */
  public String cancel(String sessionId) {
    return checkout(sessionId).cancelUrl();
  }

  /** The customer's bank disputes a charge; answers the dispute's id. */
  public String openDispute(String chargeId) {
    TestCharge charge = paidCharge(chargeId);
    String disputeId = "tgd_" + Long.toHexString(disputeIds.nextLong());
    webhooks.send(
        secret(),
        TestGatewayEvents.dispute("opened", disputeId, chargeId, disputed(charge), clock.now()));
    return disputeId;
  }

  /** The bank decided the dispute for the merchant ({@code won}) or the customer. */
  public void closeDispute(String chargeId, String disputeId, boolean won) {
    TestCharge charge = paidCharge(chargeId);
    webhooks.send(
        secret(),
        TestGatewayEvents.dispute(
            won ? "won" : "lost", disputeId, chargeId, disputed(charge), clock.now()));
  }

  private TestCharge paidCharge(String chargeId) {
    return books
        .byCharge(chargeId)
        .filter(TestCharge::paid)
        .orElseThrow(() -> BrandcloudException.notFound("Charge " + chargeId));
  }

  private static BigDecimal disputed(TestCharge charge) {
    return charge.amount().subtract(charge.refunded());
  }

  private String secret() {
    GatewayAccount account =
        gateways.account(
            gateways
                .find(GatewayKind.TEST)
                .orElseThrow(() -> BrandcloudException.notFound("The test gateway")));
    return account.webhookSecret();
  }
}
