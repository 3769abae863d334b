package io.brandcloud.payments.application;

import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.WebhookDelivery;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * A gateway's webhook: its signature is verified with the tenant's own secret (PayPal's by a call
 * to PayPal, so no transaction is open), then the event is stored once by its id and carried out
 * through the outbox. A forged, stale or replayed delivery changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentWebhooks {

  private static final Logger LOG = Logger.getLogger(PaymentWebhooks.class);

  @EJB PaymentSteps steps;
  @Inject GatewayClients clients;

  /** What became of a delivery. */
  public enum Outcome {
    /** Stored, to be applied. */
    ACCEPTED,
    /** Seen before: nothing more is done. */
    DUPLICATE,
    /** Verified, but about nothing Brandcloud acts on. */
    IGNORED
  }

  /**
   * @throws BrandcloudException not found where the tenant has no account at the gateway, invalid
   *     input where the signature does not verify, gateway failed where PayPal could not be asked
   */
  public Outcome receive(GatewayKind kind, WebhookDelivery delivery) {
    PaymentSteps.Receiving gateway = steps.receiving(kind);
    GatewayEvent event;
    try {
      event = clients.of(kind).verify(gateway.account(), delivery);
    } catch (GatewayException e) {
      if (e.transientFailure()) {
        throw new BrandcloudException(ErrorCode.GATEWAY_FAILED, e.getMessage());
      }
      LOG.warnf("A %s webhook was refused: %s", kind.displayName(), e.getMessage());
      throw BrandcloudException.invalid("signature", "The webhook's signature does not verify");
    }
    if (!steps.record(gateway.id(), event, delivery.body())) {
      return Outcome.DUPLICATE;
    }
    return event.kind() == GatewayEvent.Kind.IGNORED ? Outcome.IGNORED : Outcome.ACCEPTED;
  }
}
