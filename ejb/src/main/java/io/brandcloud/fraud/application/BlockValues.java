package io.brandcloud.fraud.application;

import io.brandcloud.fraud.domain.BlockKind;
import io.brandcloud.fraud.domain.ClientNetwork;
import io.brandcloud.fraud.domain.MailDomain;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;
import java.util.Locale;

/** How block-list values are written, so that what is blocked and what is screened compare. */
final class BlockValues {

  private BlockValues() {}

  /** A name as a whole: lower-cased, its spaces folded; null for none. */
  static String name(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The value staff typed, checked for its kind and written as screening compares it. */
  static String require(BlockKind kind, String value) {
    String text = Validation.requireText("value", value, 254).trim();
    return switch (kind) {
      case EMAIL -> Validation.requireEmail("value", text).toLowerCase(Locale.ROOT);
      case DOMAIN -> {
        String domain = MailDomain.of(text.startsWith("@") ? text : "@" + text);
        yield Validation.requireDomain("value", domain);
      }
      case NAME -> name(text);
      case ADDRESS -> address(text);
      case CARD -> card(text);
    };
  }

  /** A card's fingerprint as its gateway wrote it: letters, digits, "_" and "-". */
  private static String card(String text) {
    if (!text.matches("[A-Za-z0-9_-]{1,64}")) {
      throw BrandcloudException.invalid(
          "value", "A card block needs the card's fingerprint, as a check of its top-up shows it");
    }
    return text;
  }

  private static String address(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int slash = lower.indexOf('/');
    String host = slash < 0 ? lower : lower.substring(0, slash);
    if (ClientNetwork.of(host).isEmpty()) {
      throw BrandcloudException.invalid(
          "value", "An address block needs an IP address, or a network as a check shows it");
    }
    String network = ClientNetwork.of(host).get();
    if (slash >= 0
        && !network.equals(ClientNetwork.canonical(host).get() + lower.substring(slash))) {
      throw BrandcloudException.invalid(
          "value", "Block a single address, or the network a check shows (" + network + ")");
    }
    return slash >= 0 ? network : ClientNetwork.canonical(host).get();
  }
}
