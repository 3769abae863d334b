package io.brandcloud.web.faces.webhooks;

import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.webhooks.application.CreatedWebhook;
import io.brandcloud.webhooks.application.WebhookSpec;
import io.brandcloud.webhooks.application.Webhooks;
import io.brandcloud.webhooks.domain.WebhookDelivery;
import io.brandcloud.webhooks.domain.WebhookEndpoint;
import io.brandcloud.webhooks.domain.WebhookEventTypes;
import io.brandcloud.webhooks.domain.WebhookFormat;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Webhook endpoints on the admin page (the tenant's own) and the portal page (the organisation's):
 * added with the secret shown once, switched on and off, tried with a test delivery, deleted once
 * confirmed, and each one's delivery log with a redelivery.
 */
@Named
@ViewScoped
public class WebhooksBacking implements Serializable {

  private static final String ADMIN_PAGES = "/admin/";
  // with each family's name and each status's: portal.webhooks.events.server, …status.pending
  private static final String FAMILY = "portal.webhooks.events.";
  private static final String STATUS = "portal.webhooks.status.";
  // with each format's name: portal.webhooks.format.slack, portal.webhooks.formatChoice.json
  private static final String FORMAT = "portal.webhooks.format.";
  private static final String FORMAT_CHOICE = "portal.webhooks.formatChoice.";

  @EJB Webhooks webhooks;
  @Inject CurrentUser user;
  @Inject Texts texts;

  private boolean staff;
  private List<WebhookEndpoint> endpoints;
  private String url;
  private String format = WebhookFormat.JSON.wireName();
  private String description;
  private List<String> eventTypes = new ArrayList<>(List.of(WebhookEventTypes.EVERYTHING));
  private String createdSecret;
  private WebhookEndpoint shown;
  private PagedModel<WebhookDelivery> deliveries;

  @PostConstruct
  void load() {
    staff = FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith(ADMIN_PAGES);
    FacesActions.offered(
        () -> endpoints = webhooks.list(owner(), PageRequest.first(PageRequest.MAX_LIMIT)).items());
    if (endpoints == null) {
      endpoints = List.of();
    }
  }

  private Long owner() {
    return staff ? null : user.organisationId();
  }

  public void add() {
    String host = hostOf(url);
    CreatedWebhook[] created = new CreatedWebhook[1];
    if (FacesActions.attempt(
        () ->
            created[0] =
                webhooks.create(
                    owner(), new WebhookSpec(url, description, eventTypes, null, format)),
        texts.format("portal.webhooks.added", host))) {
      createdSecret = created[0].secret();
      url = null;
      description = null;
      format = WebhookFormat.JSON.wireName();
      eventTypes = new ArrayList<>(List.of(WebhookEventTypes.EVERYTHING));
      load();
    }
  }

  public void switchOnOrOff(WebhookEndpoint endpoint) {
    boolean on = !endpoint.enabled();
    if (FacesActions.attempt(
        () ->
            webhooks.change(
                owner(),
                endpoint.id(),
                new WebhookSpec(endpoint.url(), endpoint.description(), endpoint.eventTypes(), on)),
        texts.format(
            on ? "portal.webhooks.switchedOn" : "portal.webhooks.switchedOff", nameOf(endpoint)))) {
      load();
    }
  }

  public void ping(WebhookEndpoint endpoint) {
    if (FacesActions.attempt(
        () -> webhooks.ping(owner(), endpoint.id()),
        texts.format("portal.webhooks.pinged", nameOf(endpoint)))) {
      show(endpoint);
    }
  }

  public void renewSecret(WebhookEndpoint endpoint) {
    CreatedWebhook[] renewed = new CreatedWebhook[1];
    if (FacesActions.attempt(
        () -> renewed[0] = webhooks.rotateSecret(owner(), endpoint.id()),
        texts.format("portal.webhooks.secretRenewed", nameOf(endpoint)))) {
      createdSecret = renewed[0].secret();
    }
  }

  public void delete(WebhookEndpoint endpoint) {
    if (FacesActions.attempt(
        () -> webhooks.delete(owner(), endpoint.id()),
        texts.format("portal.webhooks.deleted", nameOf(endpoint)))) {
      if (shown != null && shown.id() == endpoint.id()) {
        shown = null;
        deliveries = null;
      }
      load();
    }
  }

  /** Opens the endpoint's delivery log below the list. */
  public void show(WebhookEndpoint endpoint) {
    shown = endpoint;
    Long owner = owner();
    long id = endpoint.id();
    deliveries =
        new PagedModel<>(
            request -> webhooks.deliveries(owner, id, request), d -> Long.toString(d.id()));
  }

  public void redeliver(WebhookDelivery delivery) {
    if (shown != null
        && FacesActions.attempt(
            () -> webhooks.redeliver(owner(), shown.id(), delivery.id()),
            texts.get("portal.webhooks.redelivered"))) {
      show(shown);
    }
  }

  /** Everything, or a family of events: the API names single events too. */
  public List<SelectItem> getEventChoices() {
    List<SelectItem> choices = new ArrayList<>();
    choices.add(
        new SelectItem(WebhookEventTypes.EVERYTHING, texts.get("portal.webhooks.events.all")));
    for (String family : WebhookEventTypes.families(staff)) {
      choices.add(new SelectItem(family + ".*", texts.get(FAMILY + family)));
    }
    return choices;
  }

  /** The endpoint's events as people read them: "Servers, Invoices". */
  public String eventsOf(WebhookEndpoint endpoint) {
    List<String> names = new ArrayList<>();
    for (String pattern : endpoint.eventTypes()) {
      if (WebhookEventTypes.EVERYTHING.equals(pattern)) {
        names.add(texts.get("portal.webhooks.events.all"));
      } else if (pattern.endsWith(".*")) {
        names.add(texts.get(FAMILY + pattern.substring(0, pattern.length() - 2)));
      } else {
        names.add(pattern);
      }
    }
    return String.join(", ", names);
  }

  public String statusOf(WebhookDelivery delivery) {
    return texts.get(STATUS + delivery.status().name().toLowerCase(Locale.ROOT));
  }

  public String stateOf(WebhookEndpoint endpoint) {
    return texts.get(
        !endpoint.enabled()
            ? "portal.webhooks.state.off"
            : endpoint.failingSince() != null
                ? "portal.webhooks.state.failing"
                : "portal.webhooks.state.on");
  }

  /** How the list names what an endpoint is sent, e.g. "Slack"; nothing for JSON. */
  public String formatOf(WebhookEndpoint endpoint) {
    return endpoint.format() == WebhookFormat.JSON
        ? ""
        : texts.get(FORMAT + endpoint.format().wireName());
  }

  /** The formats an endpoint can be sent, as the form offers them. */
  public List<SelectItem> getFormatChoices() {
    return java.util.Arrays.stream(WebhookFormat.values())
        .map(f -> new SelectItem(f.wireName(), texts.get(FORMAT_CHOICE + f.wireName())))
        .toList();
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  /** What people called the endpoint, or its host when they gave it no description. */
  public static String nameOf(WebhookEndpoint endpoint) {
    String description = endpoint.description();
    return description == null || description.isBlank() ? hostOf(endpoint.url()) : description;
  }

  public static String hostOf(String address) {
    try {
      String host = address == null ? null : URI.create(address.strip()).getHost();
      return host == null ? "" : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  public boolean isStaff() {
    return staff;
  }

  public List<WebhookEndpoint> getEndpoints() {
    return endpoints;
  }

  public WebhookEndpoint getShown() {
    return shown;
  }

  public PagedModel<WebhookDelivery> getDeliveries() {
    return deliveries;
  }

  public String getCreatedSecret() {
    return createdSecret;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getEventTypes() {
    return eventTypes;
  }

  public void setEventTypes(List<String> eventTypes) {
    this.eventTypes = eventTypes;
  }
}
