package io.brandcloud.web.rest.operations;

import io.brandcloud.settings.Settings;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.web.rest.RateLimits;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's own settings, for its admins. */
@Path("/v1/admin/settings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSettingsResource {

  @EJB TenantSettings settings;
  @Inject TenantApi api;
  @Inject RateLimits rateLimits;

  /** The settings on the wire (and what a change sends). */
  public record ApiSettings(
      Integer apiRequestsPerMinute,
      Boolean staffTwoFactorRequired,
      Integer lowBalanceHours,
      Integer graceHours,
      Integer retentionDays,
      Boolean displayCredits,
      String locale,
      Integer priceNoticeDays,
      Integer renewalInvoiceDays,
      Integer invoiceReminderDays,
      String closedBalance) {
    static ApiSettings of(Settings settings) {
      return new ApiSettings(
          settings.apiRequestsPerMinute(),
          settings.staffTwoFactorRequired(),
          settings.lowBalanceHours(),
          settings.graceHours(),
          settings.retentionDays(),
          settings.displayCredits(),
          settings.locale(),
          settings.priceNoticeDays(),
          settings.renewalInvoiceDays(),
          settings.invoiceReminderDays(),
          settings.closedBalance());
    }
  }

  @GET
  public ApiSettings get() {
    api.staff();
    return ApiSettings.of(settings.forStaff());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiSettings change(ApiSettings body) {
    String actor = api.staff().name();
    ApiSettings request = RequestBodies.require(body);
    Settings changed =
        settings.change(
            new SettingsChange(
                request.apiRequestsPerMinute(),
                request.staffTwoFactorRequired(),
                request.lowBalanceHours(),
                request.graceHours(),
                request.retentionDays(),
                request.displayCredits(),
                request.locale(),
                request.priceNoticeDays(),
                request.renewalInvoiceDays(),
                request.invoiceReminderDays(),
                request.closedBalance()),
            actor);
    rateLimits.forget(api.tenant());
    return ApiSettings.of(changed);
  }
}
