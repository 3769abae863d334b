package io.brandcloud.webhooks.application;

import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OrganisationContacts;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.TenantSecrets;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.webhooks.domain.ChatMessages;
import io.brandcloud.webhooks.domain.WebhookCall;
import io.brandcloud.webhooks.domain.WebhookEndpoint;
import io.brandcloud.webhooks.domain.WebhookFormat;
import io.brandcloud.webhooks.domain.WebhookSignature;
import io.brandcloud.webhooks.domain.WebhookStore;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The webhook sender's short transactions, each its own: deliveries are claimed with all a call
 * needs, and each result is written back, while the calls themselves hold none.
 *
 * <p>A failed delivery is tried again after 30 s, then a doubling wait of at most six hours,
 * {@value #MAX_ATTEMPTS} times in all: about three days. An endpoint that has answered nothing but
 * failures for {@link #SWITCH_OFF_AFTER} is switched off and its owner told by mail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookSteps {

  static final String QUEUE = "webhooks";
  static final int BATCH = 10;
  static final int MAX_ATTEMPTS = 21;
  static final Duration SWITCH_OFF_AFTER = Duration.ofDays(3);

  /** How long events are kept (and listed in delivery logs) once nothing waits to be sent. */
  static final Duration KEPT = Duration.ofDays(30);

  /**
   * Longer than a round's calls can take: they go out together, each given at most 15 s to connect
   * and answer.
   */
  private static final Duration LEASE = Duration.ofMinutes(4);

  private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  private static final Duration LONGEST_WAIT = Duration.ofHours(6);
  private static final Duration AFTER_A_FAILED_ROUND = Duration.ofMinutes(1);

  @Inject WebhookStore store;
  @Inject ApplicationClock clock;
  @Inject OwnerMail ownerMail;
  @Inject MailOutbox mail;
  @Inject OrganisationContacts contacts;
  @EJB WorkDue due;

  /**
   * A delivery to send: the body is fixed (a chat's line is written as it goes), the signature is
   * made when it goes.
   */
  public record Claimed(
      long deliveryId,
      long endpointId,
      String url,
      String secret,
      String eventId,
      String eventType,
      String body,
      int attempt) {

    public WebhookCall call(Instant at) {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      headers.put("User-Agent", "Brandcloud-Webhooks/1");
      headers.put("Brandcloud-Event-Id", eventId);
      headers.put("Brandcloud-Event-Type", eventType);
      headers.put("Brandcloud-Delivery", Long.toString(deliveryId));
      headers.put("Brandcloud-Attempt", Integer.toString(attempt));
      headers.put(WebhookSignature.HEADER, WebhookSignature.header(secret, at, body));
      return new WebhookCall(url, headers, body);
    }

    @Override
    public String toString() {
      return "Claimed[delivery " + deliveryId + ", " + eventType + "]";
    }
  }

  public List<Claimed> claim(long observedVersion) {
    List<WebhookStore.Due> claimed = store.claim(BATCH, LEASE);
    due.reschedule(QUEUE, observedVersion, store.nextDue().orElse(null));
    store.purge(KEPT);
    return claimed.stream().map(WebhookSteps::claimed).toList();
  }

  private static Claimed claimed(WebhookStore.Due due) {
    return new Claimed(
        due.deliveryId(),
        due.endpointId(),
        due.url(),
        TenantSecrets.open(due.secretSealed(), Webhooks.SECRET_PURPOSE),
        due.eventId(),
        due.eventType(),
        due.format() == WebhookFormat.JSON ? body(due) : chatBody(due),
        due.attempt());
  }

  /** One line for a team chat, in the language of whoever added the endpoint (English if unset). */
  private static String chatBody(WebhookStore.Due due) {
    return ChatMessages.body(
        due.format(),
        new ChatMessages.Event(
            due.eventType(),
            due.dataJson(),
            due.organisationName(),
            due.productName(),
            CurrentTenant.require().name()),
        Locale.forLanguageTag(due.language() == null ? "en" : due.language()));
  }

  /** What every delivery of the event sends, byte for byte the same each time. */
  static String body(WebhookStore.Due due) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("id", due.eventId())
            .add("type", due.eventType())
            .add("created_at", due.occurredAt().toString());
    if (due.organisationId() == null) {
      body.addNull("organisation_id");
    } else {
      body.add("organisation_id", due.organisationId());
    }
    try (var reader = Json.createReader(new StringReader(due.dataJson()))) {
      body.add("data", reader.readObject());
    }
    return body.build().toString();
  }

  /** The result of one claimed delivery; nothing if the claim no longer stands. */
  public void answered(Claimed claimed, WebhookCall.Outcome outcome) {
    if (outcome.delivered()) {
      if (store.delivered(claimed.deliveryId(), claimed.attempt(), outcome)) {
        store.endpointHealthy(claimed.endpointId());
      }
      return;
    }
    boolean again = claimed.attempt() < MAX_ATTEMPTS;
    Duration wait = again ? waitAfter(claimed.attempt()) : null;
    if (!store.failed(claimed.deliveryId(), claimed.attempt(), outcome, wait)) {
      return;
    }
    if (store.endpointFailing(claimed.endpointId(), SWITCH_OFF_AFTER)) {
      switchOff(claimed.endpointId(), outcome.error());
      return;
    }
    if (again) {
      due.flag(QUEUE, wait);
    }
  }

  static Duration waitAfter(int attempt) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 20));
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private void switchOff(long endpointId, String lastError) {
    String reason =
        "Switched off after failing for "
            + SWITCH_OFF_AFTER.toDays()
            + " days; the last error: "
            + lastError;
    if (!store.switchOff(endpointId, reason)) {
      return;
    }
    store
        .find(endpointId)
        .ifPresent(endpoint -> tellOwner(endpoint, lastError == null ? "" : lastError));
  }

  private void tellOwner(WebhookEndpoint endpoint, String lastError) {
    Map<String, Object> values =
        Map.of(
            "endpoint", URI.create(endpoint.url()).getHost(),
            "since",
                (endpoint.failingSince() == null ? clock.now() : endpoint.failingSince())
                    .atZone(ZoneOffset.UTC)
                    .toLocalDate(),
            "error", lastError,
            "webhooksUrl",
                PublicUrls.webhooks(CurrentTenant.require(), endpoint.organisationId() == null));
    if (endpoint.organisationId() != null) {
      ownerMail.send(endpoint.organisationId(), MessageType.WEBHOOK_SWITCHED_OFF, values);
      return;
    }
    store
        .creator(endpoint.id())
        .flatMap(contacts::user)
        .ifPresent(
            staff -> {
              Map<String, Object> all = new LinkedHashMap<>(values);
              all.put("name", staff.name());
              all.put("organisation", "");
              mail.send(MessageType.WEBHOOK_SWITCHED_OFF, staff.email(), all);
            });
  }

  /** Flags the tenant's queue if a delivery waits: a notice or a sweep found work. */
  public void flagIfWaiting() {
    store
        .nextDue()
        .ifPresent(
            next -> {
              Duration in = Duration.between(clock.now(), next);
              due.flag(QUEUE, in.isNegative() ? Duration.ZERO : in);
            });
  }

  /** A round that failed before it sent anything waits a minute, and holds up no other tenant. */
  public void postpone(long observedVersion) {
    due.reschedule(QUEUE, observedVersion, clock.now().plus(AFTER_A_FAILED_ROUND));
  }
}
