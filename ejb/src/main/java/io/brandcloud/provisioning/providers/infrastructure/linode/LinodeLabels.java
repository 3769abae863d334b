package io.brandcloud.provisioning.providers.infrastructure.linode;

/**
 * A Linode's label and tags. Labels are unique per Linode account and must start with a letter, so
 * ours are the host name followed by our reference ({@code web-1-bc-t12-s34}); the reference is
 * also a tag, which is how a server is found again after it was renamed.
 */
final class LinodeLabels {

  private static final int MAX_LABEL = 64;

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
}
