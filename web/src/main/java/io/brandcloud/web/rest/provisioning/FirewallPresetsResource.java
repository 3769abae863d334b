package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.firewalls.application.FirewallPresets;
import io.brandcloud.provisioning.firewalls.domain.FirewallPreset;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The firewall presets a customer may give a server ({@code presetId} of its firewall). */
@Path("/v1/firewall-presets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class FirewallPresetsResource {

  @EJB FirewallPresets presets;
  @Inject TenantApi api;

  /** A preset: its name and the rules a server gets from it. */
  public record ApiFirewallPreset(long id, String name, List<ApiFirewallRule> rules) {
    static ApiFirewallPreset of(FirewallPreset preset) {
      return new ApiFirewallPreset(preset.id(), preset.name(), ApiFirewallRule.of(preset.rules()));
    }
  }

  @GET
  public List<ApiFirewallPreset> list() {
    return presets.forOrganisation(api.activeOrganisation().organisationId()).stream()
        .map(ApiFirewallPreset::of)
        .toList();
  }
}
