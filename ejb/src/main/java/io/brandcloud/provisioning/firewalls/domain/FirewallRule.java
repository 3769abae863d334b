package io.brandcloud.provisioning.firewalls.domain;

import io.brandcloud.shared.BrandcloudException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inbound traffic a firewall lets through: a protocol, a port or range of ports (none for ICMP) and
 * the networks it may come from, in CIDR notation ({@code 0.0.0.0/0} and {@code ::/0} for
 * everyone).
 */
public record FirewallRule(Protocol protocol, String ports, List<String> sources)
    implements Serializable {

  public static final int MAX_SOURCES = 10;
  public static final List<String> EVERYONE = List.of("0.0.0.0/0", "::/0");
  private static final Pattern PORTS = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");
  private static final int MAX_PORT = 65535;

  public enum Protocol {
    TCP,
    UDP,
    ICMP;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public FirewallRule {
    sources = List.copyOf(sources);
  }

  /**
   * A rule from what a customer typed, checked: a 400 says which part is wrong and how to write it.
   * A single address becomes its network of one ({@code /32}, {@code /128}).
   */
  public static FirewallRule of(String protocol, String ports, List<String> sources) {
    Protocol parsed =
        Arrays.stream(Protocol.values())
            .filter(p -> p.wireName().equals(protocol == null ? "" : protocol.strip()))
            .findFirst()
            .orElseThrow(() -> invalid("A rule's protocol is tcp, udp or icmp"));
    String portText = ports == null ? "" : ports.strip();
    if (parsed == Protocol.ICMP) {
      if (!portText.isEmpty()) {
        throw invalid("ICMP has no ports: leave them empty");
      }
      portText = null;
    } else {
      portText = ports(portText);
    }
    if (sources == null || sources.isEmpty()) {
      throw invalid(
          "A rule needs at least one source, such as 0.0.0.0/0 and ::/0 for everyone or"
              + " 203.0.113.7 for one address");
    }
    if (sources.size() > MAX_SOURCES) {
      throw invalid("A rule takes at most " + MAX_SOURCES + " sources");
    }
    LinkedHashSet<String> networks = new LinkedHashSet<>();
    for (String source : sources) {
      if (!networks.add(Network.require(source))) {
        throw invalid("The source " + source.strip() + " is listed twice in one rule");
      }
    }
    return new FirewallRule(parsed, portText, List.copyOf(networks));
  }

  private static String ports(String text) {
    Matcher m = PORTS.matcher(text);
    if (!m.matches()) {
      throw invalid("Ports are one port (22) or a range (8000-8100) from 1 to " + MAX_PORT);
    }
    int from = Integer.parseInt(m.group(1));
    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
    if (from < 1 || to > MAX_PORT || from > to) {
      throw invalid("Ports are one port (22) or a range (8000-8100) from 1 to " + MAX_PORT);
    }
    return from == to ? String.valueOf(from) : from + "-" + to;
  }

  /** The first port, or 0 for ICMP. */
  public int fromPort() {
    return ports == null ? 0 : Integer.parseInt(ports.split("-")[0]);
  }

  /** The last port, or 0 for ICMP. */
  public int toPort() {
    return ports == null ? 0 : Integer.parseInt(ports.substring(ports.indexOf('-') + 1));
  }

  public List<String> ipv4Sources() {
    return sources.stream().filter(s -> !s.contains(":")).toList();
  }

  public List<String> ipv6Sources() {
    return sources.stream().filter(s -> s.contains(":")).toList();
  }

  /** One line: {@code tcp 22 0.0.0.0/0,::/0}, {@code icmp - 10.0.0.0/8}. */
  String line() {
    return protocol.wireName()
        + " "
        + (ports == null ? "-" : ports)
        + " "
        + String.join(",", sources);
  }

  /**
   * A rule written on one line, as {@link #line()} keeps it or as staff type it: the protocol, the
   * ports (none or {@code -} for ICMP), then the sources separated by commas or spaces.
   */
  public static FirewallRule ofLine(String line) {
    List<String> words =
        Arrays.stream(line.strip().split("[,\\s]+")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) {
      throw invalid("A rule's protocol is tcp, udp or icmp");
    }
    String protocol = words.get(0);
    List<String> rest = words.subList(1, words.size());
    String ports = null;
    boolean portless = Protocol.ICMP.wireName().equals(protocol);
    if (!rest.isEmpty() && (!portless || "-".equals(rest.get(0)))) {
      ports = rest.get(0);
      rest = rest.subList(1, rest.size());
    }
    return of(protocol, "-".equals(ports) ? null : ports, rest);
  }

  /** The rule as staff type it: {@code tcp 22 0.0.0.0/0, ::/0}, {@code icmp 10.0.0.0/8}. */
  public String typed() {
    return protocol.wireName()
        + (ports == null ? "" : " " + ports)
        + " "
        + String.join(", ", sources);
  }

  static BrandcloudException invalid(String message) {
    return BrandcloudException.invalid("rules", message);
  }
}
