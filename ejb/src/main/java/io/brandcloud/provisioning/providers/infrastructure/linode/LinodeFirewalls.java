package io.brandcloud.provisioning.providers.infrastructure.linode;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One Cloud Firewall per Linode, labelled after it ({@code bc-fw-<linode id>}) and attached to it
 * when created, found again among the firewalls attached to the Linode: inbound traffic is dropped
 * unless a rule accepts it, outbound is accepted.
 */
final class LinodeFirewalls {

  private LinodeFirewalls() {}

  static void apply(VendorApi api, String linodeId, FirewallRules rules) {
    Optional<String> existing = find(api, linodeId);
    if (rules.isEmpty()) {
      existing.ifPresent(id -> api.deleteIfPresent("/v4/networking/firewalls/" + id));
      return;
    }
    if (existing.isPresent()) {
      replaceRules(api, existing.get(), rules);
      return;
    }
    try {
      api.post(
          "/v4/networking/firewalls",
          VendorJson.object()
              .add("label", label(linodeId))
              .add("rules", rules(rules))
              .add(
                  "devices",
                  VendorJson.object()
                      .add("linodes", Json.createArrayBuilder().add(Long.parseLong(linodeId))))
              .build());
    } catch (ProviderException e) {
      // a create retried after a timeout meets the first one, the label being unique at Linode
      Optional<String> made = find(api, linodeId);
      if (e.kind() != ProviderException.Kind.REFUSED || made.isEmpty()) {
        throw e;
      }
      replaceRules(api, made.get(), rules);
    }
  }

  private static void replaceRules(VendorApi api, String firewallId, FirewallRules rules) {
    api.put("/v4/networking/firewalls/" + firewallId + "/rules", rules(rules));
  }

  /**
   * Deletes the Linode's firewall, if it has one: a deleted Linode's would stay behind. A Linode
   * already gone has none left to find.
   */
  static void remove(VendorApi api, String linodeId) {
    try {
      find(api, linodeId).ifPresent(id -> api.deleteIfPresent("/v4/networking/firewalls/" + id));
    } catch (ProviderException e) {
      if (e.kind() != ProviderException.Kind.NOT_FOUND) {
        throw e;
      }
    }
  }

  private static Optional<String> find(VendorApi api, String linodeId) {
    String label = label(linodeId);
    return LinodePages.all(api, "/v4/linode/instances/" + linodeId + "/firewalls").stream()
        .filter(f -> label.equals(text(f, "label")))
        .map(f -> text(f, "id"))
        .findFirst();
  }

  private static JsonObject rules(FirewallRules rules) {
    JsonArrayBuilder inbound = Json.createArrayBuilder();
    for (FirewallRule rule : rules.rules()) {
      JsonObjectBuilder one =
          VendorJson.object()
              .add("action", "ACCEPT")
              .add("protocol", rule.protocol().name().toUpperCase(Locale.ROOT))
              .add("addresses", addresses(rule));
      if (rule.ports() != null) {
        one.add("ports", rule.ports());
      }
      inbound.add(one);
    }
    return VendorJson.object()
        .add("inbound_policy", "DROP")
        .add("inbound", inbound)
        .add("outbound_policy", "ACCEPT")
        .add("outbound", Json.createArrayBuilder())
        .build();
  }

  /** Linode refuses an empty list of either family, so a family without sources is left out. */
  private static JsonObject addresses(FirewallRule rule) {
    JsonObjectBuilder addresses = VendorJson.object();
    add(addresses, "ipv4", rule.ipv4Sources());
    add(addresses, "ipv6", rule.ipv6Sources());
    return addresses.build();
  }

  private static void add(JsonObjectBuilder addresses, String family, List<String> networks) {
    if (!networks.isEmpty()) {
      addresses.add(family, Json.createArrayBuilder(networks));
    }
  }

  private static String label(String linodeId) {
    return "bc-fw-" + linodeId;
  }
}
