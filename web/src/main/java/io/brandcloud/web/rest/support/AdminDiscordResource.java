package io.brandcloud.web.rest.support;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.discord.application.DiscordSettings;
import io.brandcloud.support.discord.application.DiscordView;
import io.brandcloud.support.discord.application.SupportDiscord;
import io.brandcloud.support.discord.domain.DiscordPost;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The tenant's Discord channel, for admins (settings permission): new tickets and answers are
 * posted to its webhook, and linked staff answer from Discord with {@code /reply}, which Discord
 * sends to {@code interactionsUrl}.
 */
@Path("/v1/admin/support/discord")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminDiscordResource {

  @EJB SupportDiscord discord;
  @Inject TenantApi api;

  /** The channel as admins see it, with the address to give Discord as the interactions URL. */
  public record ApiDiscord(
      String applicationId,
      String publicKey,
      String webhookId,
      boolean botToken,
      boolean enabled,
      Instant commandsRegisteredAt,
      String postError,
      String interactionsUrl,
      List<DiscordView.StaffLinkView> staff) {
    static ApiDiscord of(DiscordView view, String portal) {
      return new ApiDiscord(
          view.applicationId(),
          view.publicKey(),
          view.webhookId(),
          view.botToken(),
          view.enabled(),
          view.commandsRegisteredAt(),
          view.postError(),
          portal + "/api/v1/webhooks/discord/interactions",
          view.staff());
    }
  }

  /** Which staff member a Discord account answers as. */
  public record ApiLink(Long staffId) {}

  @GET
  public ApiDiscord get() {
    api.staff();
    return of(
        discord.current().orElseThrow(() -> BrandcloudException.notFound("The Discord channel")));
  }

  /** Connects the channel; a missing webhook URL or bot token keeps the one kept. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiDiscord put(DiscordSettings body) {
    api.staff();
    return of(discord.configure(RequestBodies.require(body)));
  }

  @DELETE
  public Response remove() {
    api.staff();
    discord.remove();
    return Response.noContent().build();
  }

  /** Registers {@code /reply} with Discord, with the bot token kept. */
  @POST
  @Path("commands")
  public ApiDiscord registerCommands() {
    api.staff();
    return of(discord.registerCommands());
  }

  /** The posts to the channel, newest first, each with its status and last error. */
  @GET
  @Path("posts")
  public ApiPage<DiscordPost> posts(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(discord.posts(PageRequest.of(page, limit)), p -> p);
  }

  /** Sends a failed post once more, after the posts before it. */
  @POST
  @Path("posts/{id}/retry")
  public Response retry(@PathParam("id") long id) {
    api.staff();
    discord.retryPost(id);
    return Response.noContent().build();
  }

  @PUT
  @Path("staff/{discordUserId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiDiscord link(@PathParam("discordUserId") String discordUserId, ApiLink body) {
    api.staff();
    ApiLink link = RequestBodies.require(body);
    if (link.staffId() == null) {
      throw BrandcloudException.invalid("staffId", "The staff member's id is needed");
    }
    return of(discord.link(discordUserId, link.staffId()));
  }

  @DELETE
  @Path("staff/{discordUserId}")
  public ApiDiscord unlink(@PathParam("discordUserId") String discordUserId) {
    api.staff();
    return of(discord.unlink(discordUserId));
  }

  private ApiDiscord of(DiscordView view) {
    return ApiDiscord.of(view, api.portalBase());
  }
}
