package io.brandcloud.support.mailin.domain;

import java.util.Locale;
import java.util.function.Function;

/**
 * Tells mail a machine wrote (bounces, out-of-office answers, list mail) from a person's, by the
 * headers RFC 3834 and RFC 3464 define and those common mail programs add, so none of it lands in a
 * ticket and no two auto-responders answer each other forever.
 */
public final class AutomaticMail {

  private AutomaticMail() {}

  /**
   * @param sender the bare From address, or null
   * @param header a mail header by name, or null when the mail has none
   */
  public static boolean is(String sender, Function<String, String> header) {
    if (sender == null || sender.isBlank()) {
      return true;
    }
    String local = sender.substring(0, Math.max(0, sender.indexOf('@'))).toLowerCase(Locale.ROOT);
    if (local.equals("mailer-daemon")
        || local.equals("postmaster")
        || local.startsWith("noreply")
        || local.startsWith("no-reply")) {
      return true;
    }
    String autoSubmitted = lower(header.apply("Auto-Submitted"));
    if (autoSubmitted != null && !autoSubmitted.startsWith("no")) {
      return true;
    }
    String contentType = lower(header.apply("Content-Type"));
    if (contentType != null && contentType.startsWith("multipart/report")) {
      return true;
    }
    String precedence = lower(header.apply("Precedence"));
    if (precedence != null
        && (precedence.contains("bulk")
            || precedence.contains("junk")
            || precedence.contains("list")
            || precedence.contains("auto_reply"))) {
      return true;
    }
    String returnPath = header.apply("Return-Path");
    return (returnPath != null && returnPath.strip().equals("<>"))
        || header.apply("X-Autoreply") != null
        || header.apply("X-Autorespond") != null
        || header.apply("List-Id") != null;
  }

  private static String lower(String value) {
    return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
