package io.brandcloud.web.edge;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} headers are
 * believed ({@code BRANDCLOUD_TRUSTED_PROXIES}, comma-separated addresses). From anyone else the
 * headers are ignored, so a client cannot choose the address its login failures count against or
 * claim a secure connection it does not have.
 */
public final class TrustedProxies {

  private final Set<String> addresses;

  public TrustedProxies(Set<String> addresses) {
    this.addresses = Set.copyOf(addresses);
  }

  public static TrustedProxies fromEnvironment() {
    return parse(System.getenv("BRANDCLOUD_TRUSTED_PROXIES"));
  }

  static TrustedProxies parse(String setting) {
    if (setting == null || setting.isBlank()) {
      return new TrustedProxies(Set.of());
    }
    return new TrustedProxies(
        Arrays.stream(setting.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet()));
  }

  public boolean trusts(String peer) {
    return addresses.contains(peer);
  }

  /**
   * The client behind a trusted peer: the right-most address of {@code X-Forwarded-For} that is not
   * itself a trusted proxy (the ones to its left were written by the client and prove nothing).
   */
  public Optional<String> client(String peer, String forwardedFor) {
    if (!trusts(peer) || forwardedFor == null || forwardedFor.isBlank()) {
      return Optional.empty();
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!isAddress(hop)) {
        return Optional.empty();
      }
      if (!trusts(hop)) {
        return Optional.of(hop);
      }
    }
    return Optional.empty();
  }

  /** {@code https} when a trusted peer says the client used it. */
  public boolean secure(String peer, String forwardedProto) {
    return trusts(peer)
        && forwardedProto != null
        && forwardedProto.trim().toLowerCase(Locale.ROOT).equals("https");
  }

  /** Literal IPv4 or IPv6 addresses only: a host name here would make us resolve it. */
  static boolean isAddress(String text) {
    return !text.isEmpty()
        && text.length() <= 45
        && text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
  }
}
