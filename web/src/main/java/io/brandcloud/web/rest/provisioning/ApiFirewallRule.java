package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.shared.BrandcloudException;
import java.util.ArrayList;
import java.util.List;

/**
 * An inbound firewall rule on the wire: {@code protocol} (tcp, udp, icmp), {@code ports} ("22",
 * "8000-8100"; none for icmp) and {@code sources} (addresses or networks in CIDR notation).
 */
public record ApiFirewallRule(String protocol, String ports, List<String> sources) {

  static ApiFirewallRule of(FirewallRule rule) {
    return new ApiFirewallRule(rule.protocol().wireName(), rule.ports(), rule.sources());
  }

  static List<ApiFirewallRule> of(FirewallRules rules) {
    return rules.rules().stream().map(ApiFirewallRule::of).toList();
  }

  /** The rules checked; {@code null} when none were sent (an empty list is no firewall). */
  static FirewallRules toRules(List<ApiFirewallRule> rules) {
    if (rules == null) {
      return null;
    }
    if (rules.size() > FirewallRules.MAX_RULES) {
      throw BrandcloudException.invalid(
          "rules", "A firewall takes at most " + FirewallRules.MAX_RULES + " rules");
    }
    List<FirewallRule> checked = new ArrayList<>();
    for (ApiFirewallRule rule : rules) {
      if (rule == null) {
        throw BrandcloudException.invalid("rules", "Each rule is an object with a protocol");
      }
      List<String> sources = rule.sources();
      if (sources != null && sources.contains(null)) {
        throw BrandcloudException.invalid("rules", "A source is an address or a network");
      }
      checked.add(FirewallRule.of(rule.protocol(), rule.ports(), sources));
    }
    return new FirewallRules(checked);
  }
}
