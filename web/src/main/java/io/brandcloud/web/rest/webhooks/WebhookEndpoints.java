package io.brandcloud.web.rest.webhooks;

import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.SecretInResponse;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.webhooks.application.CreatedWebhook;
import io.brandcloud.webhooks.application.WebhookSpec;
import io.brandcloud.webhooks.application.Webhooks;
import io.brandcloud.webhooks.domain.WebhookEndpoint;
import io.brandcloud.webhooks.domain.WebhookEventTypes;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Webhook endpoints over REST. The tenant's and an organisation's differ only in whose they are,
 * which each resource says; the service checks who may manage them.
 */
public abstract class WebhookEndpoints {

  @EJB protected Webhooks webhooks;
  @Inject protected TenantApi api;

  /** Whose endpoints these are: null for the tenant's own. */
  protected abstract Long owner();

  /** An endpoint as listed; its secret is never shown again. */
  public record ApiWebhook(
      long id,
      String url,
      String description,
      List<String> eventTypes,
      boolean enabled,
      String disabledReason,
      Instant failingSince,
      Instant createdAt,
      String format) {
    static ApiWebhook of(WebhookEndpoint endpoint) {
      return new ApiWebhook(
          endpoint.id(),
          endpoint.url(),
          endpoint.description(),
          endpoint.eventTypes(),
          endpoint.enabled(),
          endpoint.disabledReason(),
          endpoint.failingSince(),
          endpoint.createdAt(),
          endpoint.format().wireName());
    }
  }

  /** The answer to a creation or a new secret, the only time the secret travels. */
  public record ApiWebhookWithSecret(ApiWebhook webhook, String secret) {
    static ApiWebhookWithSecret of(CreatedWebhook created) {
      return new ApiWebhookWithSecret(ApiWebhook.of(created.endpoint()), created.secret());
    }
  }

  /**
   * What a caller writes; {@code enabled} and {@code format} left out keep the endpoint as it is (a
   * new one sends JSON).
   */
  public record ApiWebhookSpec(
      String url, String description, List<String> eventTypes, Boolean enabled, String format) {
    WebhookSpec spec() {
      return new WebhookSpec(url, description, eventTypes, enabled, format);
    }
  }

  /** The event types an endpoint can ask for, and the families {@code <family>.*} selects. */
  public record ApiEventTypes(List<String> eventTypes, List<String> families) {}

  @GET
  @Path("event-types")
  public ApiEventTypes eventTypes() {
    return new ApiEventTypes(
        webhooks.eventTypes(owner()), WebhookEventTypes.families(owner() == null));
  }

  @GET
  public ApiPage<ApiWebhook> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    return ApiPage.of(webhooks.list(owner(), PageRequest.of(page, limit)), ApiWebhook::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SecretInResponse
  public Response create(ApiWebhookSpec body) {
    Long owner = owner();
    CreatedWebhook created = webhooks.create(owner, RequestBodies.require(body).spec());
    return Response.status(Response.Status.CREATED)
        .entity(ApiWebhookWithSecret.of(created))
        .build();
  }

  @GET
  @Path("{id}")
  public ApiWebhook get(@PathParam("id") long id) {
    return ApiWebhook.of(webhooks.get(owner(), id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiWebhook change(@PathParam("id") long id, ApiWebhookSpec body) {
    Long owner = owner();
    return ApiWebhook.of(webhooks.change(owner, id, RequestBodies.require(body).spec()));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    webhooks.delete(owner(), id);
    return Response.noContent().build();
  }

  /** A new signing secret; the old one stops at once. */
  @POST
  @Path("{id}/secret")
  @SecretInResponse
  public ApiWebhookWithSecret rotateSecret(@PathParam("id") long id) {
    return ApiWebhookWithSecret.of(webhooks.rotateSecret(owner(), id));
  }

  @GET
  @Path("{id}/deliveries")
  public ApiPage<ApiWebhookDelivery> deliveries(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    return ApiPage.of(
        webhooks.deliveries(owner(), id, PageRequest.of(page, limit)), ApiWebhookDelivery::of);
  }

  @POST
  @Path("{id}/deliveries/{delivery}/redeliver")
  public Response redeliver(@PathParam("id") long id, @PathParam("delivery") long delivery) {
    return Response.accepted(ApiWebhookDelivery.of(webhooks.redeliver(owner(), id, delivery)))
        .build();
  }

  /** Sends a {@code webhook.ping} event to this endpoint alone. */
  @POST
  @Path("{id}/ping")
  public Response ping(@PathParam("id") long id) {
    return Response.accepted(ApiWebhookDelivery.of(webhooks.ping(owner(), id))).build();
  }
}
