package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Comparator;
import java.util.List;

/**
 * One cloud firewall per droplet, named after it ({@code bc-fw-<droplet id>}) and found again among
 * the droplet's firewalls by that name: its inbound rules are the server's, and everything may go
 * out, since a DigitalOcean firewall without outbound rules would cut the droplet off.
 */
final class DropletFirewalls {

  private static final String[] ALL_PROTOCOLS = {"tcp", "udp", "icmp"};

  private DropletFirewalls() {}

  static void apply(VendorApi api, String dropletId, FirewallRules rules) {
    List<String> ours = ours(api, dropletId);
    if (rules.isEmpty()) {
      ours.forEach(id -> delete(api, id));
      return;
    }
    JsonObject body = body(dropletId, rules);
    if (ours.isEmpty()) {
      api.post("/v2/firewalls", body);
      return;
    }
    api.put("/v2/firewalls/" + ours.get(0), body);
    // a create retried after a timeout may have made a second one, which would keep its rules open
    ours.subList(1, ours.size()).forEach(id -> delete(api, id));
  }

  /** Deletes the droplet's firewalls, if it has any: a deleted droplet's would stay behind. */
  static void remove(VendorApi api, String dropletId) {
    ours(api, dropletId).forEach(id -> delete(api, id));
  }

  /** The firewalls attached to the droplet that carry our name for it, oldest first. */
  private static List<String> ours(VendorApi api, String dropletId) {
    String name = name(dropletId);
    return DigitalOceanPages.all(api, "/v2/droplets/" + dropletId + "/firewalls", "firewalls")
        .stream()
        .filter(f -> name.equals(text(f, "name")))
        .sorted(Comparator.comparing(f -> String.valueOf(text(f, "created_at"))))
        .map(f -> text(f, "id"))
        .toList();
  }

  private static void delete(VendorApi api, String firewallId) {
    api.deleteIfPresent("/v2/firewalls/" + firewallId);
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

  private static JsonObject addresses(List<String> networks) {
    return VendorJson.object().add("addresses", Json.createArrayBuilder(networks)).build();
  }

  private static String name(String dropletId) {
    return "bc-fw-" + dropletId;
  }
}
