package io.brandcloud.mail;

import io.brandcloud.shared.PlainText;

/**
 * Where answers to a mail should go, and the mark its subject carries so an answer finds its way
 * back (a ticket's reference, say).
 */
public record ReplyRoute(String address, String subjectMark) {

  private static final java.util.regex.Pattern SECRET =
      java.util.regex.Pattern.compile("\\[#(\\d+):[a-z0-9]+\\]");

  /**
   * A subject as people who read the outbox see it: the secret of its reference hidden, since it
   * would let them answer in someone else's name.
   */
  public static String withoutSecret(String subject) {
    return subject == null ? null : SECRET.matcher(subject).replaceAll("[#$1]");
  }

  /** The subject with the mark at its end, the rendered part cut so both fit the outbox. */
  String subject(String rendered, int max) {
    return PlainText.cut(rendered, max - subjectMark.length() - 1) + " " + subjectMark;
  }
}
