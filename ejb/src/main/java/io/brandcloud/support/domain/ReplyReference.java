package io.brandcloud.support.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark in the subject of ticket mail, {@code [#42:k3v9…]}, that routes an answer by mail back
 * into ticket 42. Mail programs keep a subject when answering ("Re: …"), so the mark comes back;
 * the token is the ticket's secret, so guessing a number lets nothing in.
 */
public record ReplyReference(long ticketId, String token) {

  private static final Pattern MARK = Pattern.compile("\\[#(\\d{1,18}):([a-z0-9]{8,20})\\]");

  /** The mark as it is put at the end of a subject. */
  public String mark() {
    return "[#" + ticketId + ":" + token + "]";
  }

  /** The last mark in {@code subject}, if any: a forwarded chain may quote older ones first. */
  public static Optional<ReplyReference> in(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher matcher = MARK.matcher(subject);
    ReplyReference found = null;
    while (matcher.find()) {
      found = new ReplyReference(Long.parseLong(matcher.group(1)), matcher.group(2));
    }
    return Optional.ofNullable(found);
  }
}
