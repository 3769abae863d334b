package io.brandcloud.web.rest.notifications;

import io.brandcloud.access.Scope;
import io.brandcloud.notifications.application.Notifications;
import io.brandcloud.notifications.domain.Choice;
import io.brandcloud.notifications.domain.Notification;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/**
 * The caller's notification centre: what the panel told them, newest first, marked read one by one
 * or all at once, and how they want to hear of each kind of message.
 */
@Path("/v1/notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @EJB Notifications notifications;
  @Inject TenantApi api;

  /** A notification: its kind (the message's template key), subject and link, and when read. */
  public record ApiNotification(
      Instant createdAt, long id, String kind, String link, Instant readAt, String subject) {
    static ApiNotification of(Notification n) {
      return new ApiNotification(
          n.createdAt(), n.id(), n.kind(), n.link(), n.readAt(), n.subject());
    }
  }

  /** How many are unread. */
  public record Unread(long unread) {}

  /** How the caller hears of one kind of message. */
  public record ApiChoice(Boolean inApp, String kind, Boolean mail) {}

  public record ApiChoices(List<ApiChoice> choices) {}

  @GET
  public ApiPage<ApiNotification> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.user(Scope.READ_USER);
    return ApiPage.of(notifications.mine(PageRequest.of(page, limit)), ApiNotification::of);
  }

  @GET
  @Path("unread")
  public Unread unread() {
    api.user(Scope.READ_USER);
    return new Unread(notifications.unread());
  }

  @POST
  @Path("{id}/read")
  public Unread read(@PathParam("id") long id) {
    api.user(Scope.READ_USER);
    notifications.read(id);
    return new Unread(notifications.unread());
  }

  @POST
  @Path("read")
  public Unread readAll() {
    api.user(Scope.READ_USER);
    notifications.readAll();
    return new Unread(0);
  }

  @GET
  @Path("choices")
  public ApiChoices choices() {
    api.user(Scope.READ_USER);
    return of(notifications.choices());
  }

  /**
   * Sets the kinds named, each with both channels: {@code {"choices":[{"kind","inApp","mail"}]}}.
   */
  @PUT
  @Path("choices")
  public ApiChoices choose(ApiChoices body) {
    api.user(Scope.READ_USER);
    List<ApiChoice> asked = RequestBodies.require(body).choices();
    if (asked == null) {
      throw BrandcloudException.invalid("choices", "choices is required");
    }
    return of(
        notifications.choose(
            asked.stream()
                .map(
                    c -> {
                      if (c == null || c.inApp() == null || c.mail() == null) {
                        throw BrandcloudException.invalid(
                            "choices", "Each choice names its kind, inApp and mail");
                      }
                      return new Choice(c.kind(), c.inApp(), c.mail());
                    })
                .toList()));
  }

  private static ApiChoices of(List<Choice> choices) {
    return new ApiChoices(
        choices.stream().map(c -> new ApiChoice(c.inApp(), c.kind(), c.mail())).toList());
  }
}
