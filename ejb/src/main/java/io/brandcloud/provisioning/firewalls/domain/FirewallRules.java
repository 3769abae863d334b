package io.brandcloud.provisioning.firewalls.domain;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A server's inbound rules: traffic that matches none of them is dropped; no rules at all is no
 * firewall, and everything comes in. Kept and queued as {@link #text()}, one rule a line.
 */
public record FirewallRules(List<FirewallRule> rules) implements Serializable {

  public static final int MAX_RULES = 25;
  public static final FirewallRules NONE = new FirewallRules(List.of());

  public FirewallRules {
    rules = List.copyOf(rules);
    if (rules.size() > MAX_RULES) {
      throw FirewallRule.invalid("A firewall takes at most " + MAX_RULES + " rules");
    }
    if (new HashSet<>(rules).size() != rules.size()) {
      throw FirewallRule.invalid("The same rule is listed twice");
    }
  }

  /** Rules as {@link #text()} wrote them; empty or {@code null} is none. */
  public static FirewallRules parse(String text) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    return new FirewallRules(
        Arrays.stream(text.split("\n")).map(FirewallRule::ofLine).collect(Collectors.toList()));
  }

  public String text() {
    return rules.stream().map(FirewallRule::line).collect(Collectors.joining("\n"));
  }

  public boolean isEmpty() {
    return rules.isEmpty();
  }
}
