package io.brandcloud.provisioning.firewalls.application;

import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.provisioning.actions.domain.ServerActionView;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.firewalls.domain.FirewallPresetRepository;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * An organisation's server's firewall: the rules its provider applied last, read without asking the
 * provider, and a change, which is a server action ({@code set_firewall}) with progress like any
 * other.
 */
@Stateless
public class ServerFirewalls {

  @EJB Servers servers;
  @EJB ServerControl control;
  @Inject FirewallPresetRepository presetRows;
  @Inject ServerRepository serverRows;
  @Inject ProviderConnectionRepository connections;
  @Inject CloudProviders providers;
  @Inject MemberAccess members;

  public FirewallView of(long organisationId, long serverId) {
    servers.ofOrganisation(organisationId, serverId);
    Server server = serverRows.find(serverId).orElseThrow();
    CloudProvider provider =
        providers.of(connections.find(server.connectionId()).orElseThrow().type());
    return new FirewallView(
        provider.offersFirewalls(),
        provider.type().displayName(),
        FirewallRules.parse(server.firewall().orElse(null)).rules(),
        presetRows.all());
  }

  /** Replaces the server's rules; none removes its firewall. */
  public ServerActionView apply(long organisationId, long serverId, FirewallRules rules) {
    return control.act(organisationId, serverId, ServerCommand.firewall(rules));
  }

  /** Gives the server a copy of the preset's rules. */
  public ServerActionView applyPreset(long organisationId, long serverId, long presetId) {
    members.require(organisationId, Permission.SERVERS_MANAGE);
    FirewallRules rules =
        presetRows
            .find(presetId)
            .orElseThrow(() -> BrandcloudException.notFound("Firewall preset " + presetId))
            .rules();
    return apply(organisationId, serverId, rules);
  }
}
