package io.brandcloud.provisioning.infrastructure.linode;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.regex.Pattern;

/**
 * A Linode's label and tags. Labels are unique per Linode account and must start with a letter, so
 * ours are the host name followed by our reference ({@code web-1-bc-t12-s34}); the reference is
 * also a tag, which is how a server is found again after it was renamed.
 */
final class LinodeLabels {

  private static final int MAX_LABEL = 64;
  private static final Pattern REFERENCE = Pattern.compile("bc-t\\d+-s\\d+");

  private LinodeLabels() {}

  static String of(String hostname, String reference) {
    String tail = reference == null ? "" : "-" + reference;
    String head = hostname.replaceAll("[^a-zA-Z0-9-]", "-").replaceAll("-{2,}", "-");
    if (head.isEmpty() || !Character.isLetter(head.charAt(0))) {
      head = "s" + head;
    }
    head = head.substring(0, Math.min(head.length(), MAX_LABEL - tail.length()));
    String label = (head + tail).replaceAll("-{2,}", "-");
    return label.endsWith("-") ? label.substring(0, label.length() - 1) : label;
  }

  /** Our reference among a Linode's tags, if it carries one of the tenant's. */
  static String reference(JsonArray tags, String tenantTag) {
    return tags.stream()
        .filter(JsonString.class::isInstance)
        .map(tag -> ((JsonString) tag).getString())
        .filter(tag -> tag.startsWith(tenantTag + "-s") && REFERENCE.matcher(tag).matches())
        .findFirst()
        .orElse(null);
  }
}
