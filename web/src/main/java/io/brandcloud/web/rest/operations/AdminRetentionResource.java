package io.brandcloud.web.rest.operations;

import io.brandcloud.retention.application.RetentionPolicies;
import io.brandcloud.retention.application.RetentionPolicies.RetentionChange;
import io.brandcloud.retention.domain.RetentionPolicy;
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

/** How long the tenant keeps what the nightly purge removes, for its admins. */
@Path("/v1/admin/retention")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminRetentionResource {

  @EJB RetentionPolicies policies;
  @Inject TenantApi api;

  /** The policy on the wire, in days (and what a change sends; each field optional). */
  public record ApiRetention(
      Integer attachmentDays,
      Integer mailDays,
      Integer loginDays,
      Integer auditDays,
      Integer closedAccountDays,
      Integer billingYears) {
    static ApiRetention of(RetentionPolicy policy) {
      return new ApiRetention(
          policy.attachmentDays(),
          policy.mailDays(),
          policy.loginDays(),
          policy.auditDays(),
          policy.closedAccountDays(),
          policy.billingYears());
    }
  }

  @GET
  public ApiRetention get() {
    api.staff();
    return ApiRetention.of(policies.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiRetention change(ApiRetention body) {
    String actor = api.staff().name();
    ApiRetention wanted = RequestBodies.require(body);
    return ApiRetention.of(
        policies.change(
            new RetentionChange(
                wanted.attachmentDays(),
                wanted.mailDays(),
                wanted.loginDays(),
                wanted.auditDays(),
                wanted.closedAccountDays(),
                wanted.billingYears()),
            actor));
  }
}
