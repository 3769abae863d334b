package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Optional;

/**
 * One cloud firewall per droplet, named after it ({@code bc-fw-<droplet id>}), found again by that
 * name: its inbound rules are the server's, and everything may go out, since a DigitalOcean
 * firewall without outbound rules would cut the droplet off.
 */
final class DropletFirewalls {

  private static final String[] ALL_PROTOCOLS = {"tcp", "udp", "icmp"};

  private DropletFirewalls() {}

  static void apply(VendorApi api, String dropletId, FirewallRules rules) {
    Optional<String> existing = find(api, dropletId);
    if (rules.isEmpty()) {
      existing.ifPresent(id -> api.deleteIfPresent("/v2/firewalls/" + id));
      return;
    }
    JsonObject body = body(dropletId, rules);
    if (existing.isPresent()) {
      api.put("/v2/firewalls/" + existing.get(), body);
    } else {
      api.post("/v2/firewalls", body);
    }
  }

  /** Deletes the droplet's firewall, if it has one: a deleted droplet's would stay behind. */
  static void remove(VendorApi api, String dropletId) {
    find(api, dropletId).ifPresent(id -> api.deleteIfPresent("/v2/firewalls/" + id));
  }

  private static Optional<String> find(VendorApi api, String dropletId) {
    String name = name(dropletId);
    return DigitalOceanPages.all(api, "/v2/firewalls", "firewalls").stream()
        .filter(f -> name.equals(text(f, "name")))
        .map(f -> text(f, "id"))
        .findFirst();
  }

  private static JsonObject body(String dropletId, FirewallRules rules) {
    JsonArrayBuilder inbound = Json.createArrayBuilder();
    for (FirewallRule rule : rules.rules()) {
      inbound.add(
          VendorJson.object()
              .add("protocol", rule.protocol().wireName())
              .add("ports", rule.ports() == null ? "0" : rule.ports())
              .add("sources", addresses(rule.sources())));
    }
    JsonArrayBuilder outbound = Json.createArrayBuilder();
    for (String protocol : ALL_PROTOCOLS) {
      outbound.add(
          VendorJson.object()
              .add("protocol", protocol)
              .add("ports", "0")
              .add("destinations", addresses(FirewallRule.EVERYONE)));
    }
    return VendorJson.object()
        .add("name", name(dropletId))
        .add("inbound_rules", inbound)
        .add("outbound_rules", outbound)
        .add("droplet_ids", Json.createArrayBuilder().add(Long.parseLong(dropletId)))
        .build();
  }

  private static JsonObject addresses(java.util.List<String> networks) {
    return VendorJson.object().add("addresses", Json.createArrayBuilder(networks)).build();
  }

  private static String name(String dropletId) {
    return "bc-fw-" + dropletId;
  }
}
