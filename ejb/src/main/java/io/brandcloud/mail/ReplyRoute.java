package io.brandcloud.mail;

import io.brandcloud.shared.PlainText;

/**
 * Where answers to a mail should go, and the mark its subject carries so an answer finds its way
 * back (a ticket's reference, say).
 */
public record ReplyRoute(String address, String subjectMark) {

  /** The subject with the mark at its end, the rendered part cut so both fit the outbox. */
  String subject(String rendered, int max) {
    return PlainText.cut(rendered, max - subjectMark.length() - 1) + " " + subjectMark;
  }
}
