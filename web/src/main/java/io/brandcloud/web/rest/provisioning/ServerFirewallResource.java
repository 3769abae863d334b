package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.firewalls.application.FirewallView;
import io.brandcloud.provisioning.firewalls.application.ServerFirewalls;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A server's inbound firewall: the rules its provider applied last, and a change (202, an action
 * with progress) to new rules, to a preset's, or to none, which removes the firewall.
 */
@Path("/v1/servers/{id}/firewall")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServerFirewallResource {

  @EJB ServerFirewalls firewalls;
  @Inject TenantApi api;

  /**
   * Whether the server's provider applies firewalls ({@code offered}) and the rules it applied;
   * traffic that matches no rule is dropped, and no rules is no firewall.
   */
  public record ApiFirewall(boolean offered, List<ApiFirewallRule> rules) {
    static ApiFirewall of(FirewallView view) {
      return new ApiFirewall(view.offered(), ApiFirewallRule.of(new FirewallRules(view.rules())));
    }
  }

  /** New rules ({@code rules}, maybe none) or a preset's ({@code presetId}), not both. */
  public record FirewallChange(List<ApiFirewallRule> rules, Long presetId) {}

  @GET
  public ApiFirewall get(@PathParam("id") long id) {
    return ApiFirewall.of(firewalls.of(api.activeOrganisation().organisationId(), id));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Response change(@PathParam("id") long id, FirewallChange body) {
    FirewallChange change = RequestBodies.require(body);
    long organisation = api.activeOrganisation().organisationId();
    if ((change.rules() == null) == (change.presetId() == null)) {
      throw BrandcloudException.invalid(
          "rules", "Send either rules (an empty list removes the firewall) or a presetId");
    }
    var action =
        change.presetId() != null
            ? firewalls.applyPreset(organisation, id, change.presetId())
            : firewalls.apply(organisation, id, ApiFirewallRule.toRules(change.rules()));
    return Response.accepted(ApiServerAction.of(action)).build();
  }
}
