package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.firewalls.domain.FirewallRule;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** One rule as the firewall form edits it: sources typed as a list separated by commas. */
public class FirewallRuleRow implements Serializable {

  private String protocol = "tcp";
  private String ports;
  private String sources = String.join(", ", FirewallRule.EVERYONE);

  static FirewallRuleRow of(FirewallRule rule) {
    FirewallRuleRow row = new FirewallRuleRow();
    row.protocol = rule.protocol().wireName();
    row.ports = rule.ports();
    row.sources = String.join(", ", rule.sources());
    return row;
  }

  /** The rule checked, or a 400 saying what is wrong with it. */
  FirewallRule rule() {
    List<String> typed =
        sources == null
            ? List.of()
            : Arrays.stream(sources.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    return FirewallRule.of(protocol, ports, typed);
  }

  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public String getPorts() {
    return ports;
  }

  public void setPorts(String ports) {
    this.ports = ports;
  }

  public String getSources() {
    return sources;
  }

  public void setSources(String sources) {
    this.sources = sources;
  }
}
