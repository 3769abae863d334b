package io.brandcloud.web.rest.activity;

import io.brandcloud.activity.application.OrganisationActivity;
import io.brandcloud.activity.domain.ActivityEntry;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

/**
 * The active organisation's activity feed, newest first, for its owners and admins in a browser
 * session (an API key is refused: the feed names members' logins and addresses).
 */
@Path("/v1/activity")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

  @EJB OrganisationActivity activity;
  @Inject TenantApi api;

  /**
   * One thing that happened: {@code by} is {@code member} (then named in {@code actor}), {@code
   * staff} or {@code panel}; {@code detail} and {@code outcome} are lower case.
   */
  public record ApiActivity(
      Instant at,
      String kind,
      String by,
      String actor,
      String subject,
      String detail,
      String outcome,
      ApiMoney amount) {
    static ApiActivity of(ActivityEntry entry) {
      return new ApiActivity(
          entry.at(),
          entry.kind().wireName(),
          entry.by().name().toLowerCase(Locale.ROOT),
          entry.actor(),
          entry.subject(),
          lower(entry.detail()),
          lower(entry.outcome()),
          entry.amount() == null
              ? null
              : ApiMoney.of(new Money(entry.amount(), Currency.getInstance(entry.currency()))));
    }

    private static String lower(String code) {
      return code == null ? null : code.toLowerCase(Locale.ROOT);
    }
  }

  @GET
  public ApiPage<ApiActivity> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    long organisationId = api.activeOrganisation().organisationId();
    return ApiPage.of(activity.of(organisationId, PageRequest.of(page, limit)), ApiActivity::of);
  }
}
