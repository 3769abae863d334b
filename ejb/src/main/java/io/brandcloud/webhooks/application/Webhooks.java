package io.brandcloud.webhooks.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.TenantSecrets;
import io.brandcloud.shared.Validation;
import io.brandcloud.webhooks.domain.WebhookDelivery;
import io.brandcloud.webhooks.domain.WebhookEndpoint;
import io.brandcloud.webhooks.domain.WebhookEventTypes;
import io.brandcloud.webhooks.domain.WebhookFormat;
import io.brandcloud.webhooks.domain.WebhookStore;
import io.brandcloud.webhooks.domain.WebhookUrls;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Webhook endpoints of the tenant (staff with the settings permission; {@code organisationId} null)
 * and of an organisation (its members whose role may manage its settings, logged in with a
 * password: a leaked API key cannot wire the organisation's events elsewhere). Another owner's
 * endpoint or delivery is "not found".
 */
@Stateless
public class Webhooks {

  static final String SECRET_PURPOSE = "webhook-endpoint";
  static final int MAX_ENDPOINTS = 20;

  @Inject WebhookStore store;
  @Inject MemberAccess members;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB WorkDue due;
  @EJB WebhookSender sender;
  @Resource TransactionSynchronizationRegistry transactions;

  /** The event types an endpoint can ask for, to whoever may manage endpoints here. */
  public List<String> eventTypes(Long organisationId) {
    authorise(organisationId);
    return WebhookEventTypes.all(organisationId == null);
  }

  public Page<WebhookEndpoint> list(Long organisationId, PageRequest page) {
    authorise(organisationId);
    return store.list(organisationId, page);
  }

  public WebhookEndpoint get(Long organisationId, long id) {
    authorise(organisationId);
    return require(organisationId, id);
  }

  public CreatedWebhook create(Long organisationId, WebhookSpec spec) {
    authoriseChange(organisationId, "Adding a webhook endpoint");
    WebhookSpec checked = checked(spec, organisationId);
    requireViews(organisationId, checked.eventTypes());
    if (store.list(organisationId, PageRequest.first(1)).total() >= MAX_ENDPOINTS) {
      throw BrandcloudException.invalid(
          "url", "At most " + MAX_ENDPOINTS + " endpoints; delete one you no longer use");
    }
    String secret = newSecret();
    long id =
        store.add(
            organisationId,
            checked.url(),
            checked.description(),
            checked.eventTypes(),
            TenantSecrets.seal(secret, SECRET_PURPOSE),
            CurrentCaller.require().userId(),
            clock.now());
    WebhookFormat format = WebhookFormat.parse("format", checked.format());
    if (format != null && format != WebhookFormat.JSON) {
      store.changeFormat(id, format);
    }
    WebhookEndpoint endpoint = require(organisationId, id);
    if (Boolean.FALSE.equals(spec.enabled())) {
      store.change(id, endpoint.url(), endpoint.description(), endpoint.eventTypes(), false);
      endpoint = require(organisationId, id);
    }
    audit.record(null, "webhook.created", "webhook " + id, described(endpoint));
    return new CreatedWebhook(endpoint, secret);
  }

  public WebhookEndpoint change(Long organisationId, long id, WebhookSpec spec) {
    authoriseChange(organisationId, "Changing a webhook endpoint");
    WebhookEndpoint before = require(organisationId, id);
    WebhookSpec checked = checked(spec, organisationId);
    requireViews(organisationId, checked.eventTypes());
    boolean enabled = spec.enabled() == null ? before.enabled() : spec.enabled();
    store.change(id, checked.url(), checked.description(), checked.eventTypes(), enabled);
    WebhookFormat format = WebhookFormat.parse("format", checked.format());
    if (format != null && format != before.format()) {
      store.changeFormat(id, format);
    }
    if (enabled && !before.enabled()) {
      // what waited while it was off goes out now
      sendSoon();
    }
    WebhookEndpoint after = require(organisationId, id);
    audit.record(null, "webhook.changed", "webhook " + id, described(after));
    return after;
  }

  public void delete(Long organisationId, long id) {
    authoriseChange(organisationId, "Deleting a webhook endpoint");
    WebhookEndpoint endpoint = require(organisationId, id);
    store.remove(id);
    audit.record(null, "webhook.deleted", "webhook " + id, described(endpoint));
  }

  /** A new secret, in force for the next delivery; the old one stops at once. */
  public CreatedWebhook rotateSecret(Long organisationId, long id) {
    authoriseChange(organisationId, "Renewing a webhook secret");
    WebhookEndpoint endpoint = require(organisationId, id);
    String secret = newSecret();
    store.changeSecret(id, TenantSecrets.seal(secret, SECRET_PURPOSE));
    audit.record(null, "webhook.secret_rotated", "webhook " + id, null);
    return new CreatedWebhook(endpoint, secret);
  }

  public Page<WebhookDelivery> deliveries(Long organisationId, long endpointId, PageRequest page) {
    authorise(organisationId);
    require(organisationId, endpointId);
    return store.deliveries(endpointId, page);
  }

  /** Sends a delivery again, the same event under the same id, as soon as the sender can. */
  public WebhookDelivery redeliver(Long organisationId, long endpointId, long deliveryId) {
    authoriseChange(organisationId, "Sending a webhook again");
    WebhookEndpoint endpoint = require(organisationId, endpointId);
    store
        .delivery(endpointId, deliveryId)
        .orElseThrow(() -> BrandcloudException.notFound("Delivery " + deliveryId));
    requireEnabled(endpoint);
    if (!store.redeliver(deliveryId)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "Delivery " + deliveryId + " is being sent right now");
    }
    audit.record(null, "webhook.redelivered", "webhook " + endpointId, "delivery " + deliveryId);
    sendSoon();
    return store.delivery(endpointId, deliveryId).orElseThrow();
  }

  /** A {@value WebhookEventTypes#PING} event to this endpoint alone, to try the receiver. */
  public WebhookDelivery ping(Long organisationId, long endpointId) {
    authoriseChange(organisationId, "Sending a test event");
    WebhookEndpoint endpoint = require(organisationId, endpointId);
    requireEnabled(endpoint);
    String data =
        Json.createObjectBuilder()
            .add("endpoint_id", endpointId)
            .add("message", "A test delivery asked for in the panel")
            .build()
            .toString();
    long delivery = store.addSingleEvent(endpointId, organisationId, WebhookEventTypes.PING, data);
    sendSoon();
    return store.delivery(endpointId, delivery).orElseThrow();
  }

  private void sendSoon() {
    due.flag(WebhookSteps.QUEUE, Duration.ZERO);
    AfterCommit.run(transactions, sender::nudge);
  }

  private void authorise(Long organisationId) {
    if (organisationId == null) {
      CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    } else {
      members.require(organisationId, Permission.SETTINGS_MANAGE);
    }
  }

  /**
   * An endpoint sends its owner's data elsewhere: staff acting as a customer neither wire one up
   * nor take its secret away from the customer.
   */
  private void authoriseChange(Long organisationId, String what) {
    authorise(organisationId);
    if (CurrentCaller.require().impersonator() != null) {
      throw new BrandcloudException(ErrorCode.NOT_WHILE_IMPERSONATING, what);
    }
  }

  /**
   * A member may send elsewhere only what they may read here: servers need the servers view,
   * invoices, payments and subscriptions the billing view, tickets the tickets view.
   */
  private void requireViews(Long organisationId, List<String> patterns) {
    if (organisationId == null) {
      return;
    }
    for (Permission view : WebhookViews.needed(patterns)) {
      members.require(organisationId, view);
    }
  }

  private WebhookEndpoint require(Long organisationId, long id) {
    return store
        .find(organisationId, id)
        .orElseThrow(() -> BrandcloudException.notFound("Webhook endpoint " + id));
  }

  private static void requireEnabled(WebhookEndpoint endpoint) {
    if (!endpoint.enabled()) {
      throw BrandcloudException.invalid(
          "enabled", "The endpoint is switched off; switch it on to send to it");
    }
  }

  private static WebhookSpec checked(WebhookSpec spec, Long organisationId) {
    if (spec == null) {
      throw BrandcloudException.invalid("url", "Give the endpoint's address and event types");
    }
    return new WebhookSpec(
        WebhookUrls.require("url", spec.url()),
        Validation.optionalText("description", spec.description(), 200),
        WebhookEventTypes.requireValid("eventTypes", spec.eventTypes(), organisationId == null),
        spec.enabled(),
        spec.format() == null ? null : WebhookFormat.parse("format", spec.format()).wireName());
  }

  private static String newSecret() {
    return "whsec_" + SecretTokens.random();
  }

  /** The host, not the whole address: a query may carry the receiver's own token. */
  private static String described(WebhookEndpoint endpoint) {
    return "host="
        + URI.create(endpoint.url()).getHost()
        + " events="
        + String.join(",", endpoint.eventTypes())
        + (endpoint.format() == WebhookFormat.JSON ? "" : " " + endpoint.format().wireName())
        + (endpoint.enabled() ? "" : " off");
  }
}
