package io.brandcloud.support.tickets.domain;

import io.brandcloud.shared.SubjectMark;
import java.util.Optional;

/**
 * The mark in the subject of ticket mail, {@code [#42:k3v9…]}, that routes an answer by mail back
 * into ticket 42; the token is the ticket's secret for the side the mail went to.
 */
public record ReplyReference(long ticketId, String token) {

  /** The mark as it is put at the end of a subject. */
  public String mark() {
    return new SubjectMark(ticketId, token).text();
  }

  /** The reference an answer's subject carries, if any. */
  public static Optional<ReplyReference> in(String subject) {
    return SubjectMark.lastIn(subject).map(m -> new ReplyReference(m.key(), m.secret()));
  }
}
