package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.firewalls.application.FirewallPresets;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.provisioning.FirewallPresetsResource.ApiFirewallPreset;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The tenant's firewall presets ("SSH only", "Web") that customers start a server's firewall from;
 * a server keeps a copy of the rules, so a change here changes no server.
 */
@Path("/v1/admin/firewall-presets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminFirewallPresetsResource {

  @EJB FirewallPresets presets;
  @Inject TenantApi api;

  /** A preset's name and its rules (at least one). */
  public record PresetBody(String name, List<ApiFirewallRule> rules) {}

  @GET
  public List<ApiFirewallPreset> list() {
    api.staff();
    return presets.forStaff().stream().map(ApiFirewallPreset::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(PresetBody body) {
    String actor = api.staff().name();
    PresetBody preset = RequestBodies.require(body);
    return Response.status(Response.Status.CREATED)
        .entity(
            ApiFirewallPreset.of(
                presets.add(preset.name(), ApiFirewallRule.toRules(preset.rules()), actor)))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiFirewallPreset change(@PathParam("id") long id, PresetBody body) {
    String actor = api.staff().name();
    PresetBody preset = RequestBodies.require(body);
    return ApiFirewallPreset.of(
        presets.change(id, preset.name(), ApiFirewallRule.toRules(preset.rules()), actor));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    presets.delete(id, api.staff().name());
    return Response.noContent().build();
  }
}
