package io.brandcloud.payments.domain;

import java.time.Instant;
import java.util.Optional;

/** Every webhook event a gateway sent, stored once by its id ({@code payment_events}). */
public interface PaymentEventLog {

  /** Stores the event and answers its row id; empty if the event was stored before. */
  Optional<Long> store(long gatewayId, GatewayEvent event, String payload, Instant at);

  /** The stored event and the gateway it came from. */
  Optional<StoredEvent> find(long id);

  /** An event as stored. */
  record StoredEvent(long id, long gatewayId, String payload) {}
}
