package io.brandcloud.provisioning.servers.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name an address may resolve back to: a fully qualified host name (RFC 1123 labels, at least
 * two, a top-level label that is not all digits, 253 characters at most). Whether it resolves
 * forward to the address is the customer's DNS, which the panel does not ask.
 */
public final class ReverseDnsName {

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final int MAX_LENGTH = 253;

  private ReverseDnsName() {}

  /** The name in lower case without a trailing dot, or a 400 naming {@code hostname}. */
  public static String require(String name) {
    String value = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (value.endsWith(".")) {
      value = value.substring(0, value.length() - 1);
    }
    String[] labels = value.split("\\.", -1);
    boolean valid =
        !value.isEmpty()
            && value.length() <= MAX_LENGTH
            && labels.length >= 2
            && !labels[labels.length - 1].matches("[0-9]+");
    for (String label : labels) {
      valid = valid && LABEL.matcher(label).matches();
    }
    if (!valid) {
      throw BrandcloudException.invalid(
          "hostname",
          "Reverse DNS takes a full host name such as mail.example.com (letters, digits, hyphens"
              + " and dots)");
    }
    return value;
  }
}
