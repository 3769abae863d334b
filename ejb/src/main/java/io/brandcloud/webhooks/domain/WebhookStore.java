package io.brandcloud.webhooks.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's endpoints, events and deliveries. */
public interface WebhookStore {

  /** A new endpoint, enabled; its id. */
  long add(
      Long organisationId,
      String url,
      String description,
      List<String> eventTypes,
      byte[] secretSealed,
      Long createdBy,
      Instant now);

  /** The endpoint if it belongs to {@code organisationId} (null: the tenant's own). */
  Optional<WebhookEndpoint> find(Long organisationId, long id);

  /** The endpoint, whoever owns it: for the sender, which found it through its delivery. */
  Optional<WebhookEndpoint> find(long id);

  /** The user who made the endpoint, while they exist. */
  Optional<Long> creator(long id);

  Page<WebhookEndpoint> list(Long organisationId, PageRequest page);

  void change(long id, String url, String description, List<String> eventTypes, boolean enabled);

  void changeFormat(long id, WebhookFormat format);

  void changeSecret(long id, byte[] secretSealed);

  void remove(long id);

  /** The endpoint's deliveries, newest first. */
  Page<WebhookDelivery> deliveries(long endpointId, PageRequest page);

  Optional<WebhookDelivery> delivery(long endpointId, long deliveryId);

  /**
   * Makes a delivery due again at once, with a fresh count of attempts; false while a sender has
   * it.
   */
  boolean redeliver(long deliveryId);

  /** Writes an event for one endpoint only (a test delivery); the delivery's id. */
  long addSingleEvent(long endpointId, Long organisationId, String type, String dataJson);

  /** A delivery claimed for sending, with everything the sender needs. */
  record Due(
      long deliveryId,
      long endpointId,
      String url,
      byte[] secretSealed,
      String eventId,
      String eventType,
      Long organisationId,
      String dataJson,
      Instant occurredAt,
      int attempt,
      WebhookFormat format,
      String organisationName,
      String productName,
      String language) {}

  /**
   * Takes up to {@code limit} due deliveries of enabled endpoints and leases them for {@code
   * lease}: nobody else sends them meanwhile, and they are due again if the sender dies.
   */
  List<Due> claim(int limit, Duration lease);

  /** When the next pending delivery falls due, leases included. */
  Optional<Instant> nextDue();

  /**
   * The receiver took the delivery claimed for {@code attempt}; false if the claim no longer stands
   * (the delivery was given up or sent again meanwhile).
   */
  boolean delivered(long deliveryId, int attempt, WebhookCall.Outcome outcome);

  /**
   * A failed {@code attempt}, due again after {@code retryIn}; null gives the delivery up. False if
   * the claim no longer stands.
   */
  boolean failed(long deliveryId, int attempt, WebhookCall.Outcome outcome, Duration retryIn);

  /** Clears the endpoint's failing streak. */
  void endpointHealthy(long endpointId);

  /**
   * Starts (or keeps) the endpoint's failing streak; whether it has lasted longer than {@code
   * limit}. A streak with no failure for a day (nothing was sent) starts again.
   */
  boolean endpointFailing(long endpointId, Duration limit);

  /** Deletes up to 500 events older than {@code kept} that no delivery waits to send; how many. */
  int purge(Duration kept);

  /** Switches the endpoint off and gives up its waiting deliveries; false if it was already off. */
  boolean switchOff(long endpointId, String reason);
}
