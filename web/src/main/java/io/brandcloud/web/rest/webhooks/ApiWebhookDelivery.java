package io.brandcloud.web.rest.webhooks;

import io.brandcloud.webhooks.domain.WebhookDelivery;
import java.time.Instant;
import java.util.Locale;

/** One line of an endpoint's delivery log. */
public record ApiWebhookDelivery(
    long id,
    String eventId,
    String eventType,
    Instant occurredAt,
    String status,
    int attempts,
    Instant nextAttemptAt,
    Instant lastAttemptAt,
    Integer responseStatus,
    String lastError,
    Integer durationMillis,
    Instant deliveredAt) {

  static ApiWebhookDelivery of(WebhookDelivery delivery) {
    return new ApiWebhookDelivery(
        delivery.id(),
        delivery.eventId(),
        delivery.eventType(),
        delivery.occurredAt(),
        delivery.status().name().toLowerCase(Locale.ROOT),
        delivery.attempts(),
        delivery.status() == WebhookDelivery.Status.DELIVERED
                || delivery.status() == WebhookDelivery.Status.FAILED
            ? null
            : delivery.nextAttemptAt(),
        delivery.lastAttemptAt(),
        delivery.responseStatus(),
        delivery.lastError(),
        delivery.durationMillis(),
        delivery.deliveredAt());
  }
}
