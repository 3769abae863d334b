package io.brandcloud.identity.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ua_parser.Client;
import ua_parser.Parser;

/**
 * The client and system a User-Agent names, as people recognise them ("Firefox 133 · Windows 10",
 * "curl 8.5"), from the ua-parser project's maintained patterns. The parts are joined without words
 * so that a name reads the same in every language of the portal.
 */
public final class DeviceNames {

  public static final int MAX_LENGTH = 120;
  private static final String UNKNOWN = "Other";

  /** Real agents are a few hundred characters; the patterns need not read a forged long one. */
  private static final int MAX_AGENT_READ = 512;

  private DeviceNames() {}

  /** Loading the patterns takes a moment, so the first caller pays and the rest share them. */
  private static final class Patterns {
    static final Parser PARSER = new Parser();
  }

  /** Empty when the agent is missing or names nothing the patterns know. */
  public static Optional<String> describe(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return Optional.empty();
    }
    String agent = userAgent.strip();
    Client client =
        Patterns.PARSER.parse(
            agent.length() > MAX_AGENT_READ ? agent.substring(0, MAX_AGENT_READ) : agent);
    List<String> parts = new ArrayList<>();
    named(client.userAgent.family, client.userAgent.major).ifPresent(parts::add);
    named(client.os.family, client.os.major).ifPresent(parts::add);
    String device = client.device.family;
    if (!parts.isEmpty() && known(device) && !parts.get(parts.size() - 1).startsWith(device)) {
      parts.add(device);
    }
    String name = String.join(" · ", parts);
    return name.isEmpty()
        ? Optional.empty()
        : Optional.of(name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name);
  }

  private static Optional<String> named(String family, String major) {
    if (!known(family)) {
      return Optional.empty();
    }
    return Optional.of(major == null || major.isBlank() ? family : family + " " + major);
  }

  private static boolean known(String family) {
    return family != null && !family.isBlank() && !UNKNOWN.equals(family);
  }
}
