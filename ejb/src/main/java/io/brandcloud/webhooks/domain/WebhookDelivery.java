package io.brandcloud.webhooks.domain;

import java.io.Serializable;
import java.time.Instant;

/** One event sent (or to be sent) to one endpoint, with how its last attempt went. */
public record WebhookDelivery(
    long id,
    long endpointId,
    String eventId,
    String eventType,
    Instant occurredAt,
    Status status,
    int attempts,
    Instant nextAttemptAt,
    Instant lastAttemptAt,
    Integer responseStatus,
    String lastError,
    Integer durationMillis,
    Instant deliveredAt)
    implements Serializable {

  public enum Status {
    PENDING,
    /** A sender has it now; if the sender dies, another takes it when its lease ends. */
    SENDING,
    DELIVERED,
    /** Given up on: retried for as long as deliveries are, or its endpoint was switched off. */
    FAILED
  }
}
