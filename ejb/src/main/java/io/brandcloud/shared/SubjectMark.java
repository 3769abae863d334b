package io.brandcloud.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mark such as {@code [#42:k3v9…]} at the end of a mail subject. Mail programs keep a subject
 * when answering ("Re: …"), so the mark comes back with the answer; its secret proves the answer
 * comes from someone who received the mail, since the number alone is easy to guess.
 */
public record SubjectMark(long key, String secret) {

  private static final Pattern MARK = Pattern.compile("\\[#(\\d{1,18}):([a-z0-9]{8,20})\\]");

  /** The mark as it is written into a subject. */
  public String text() {
    return "[#" + key + ":" + secret + "]";
  }

  /** The last mark in {@code subject}, if any: a forwarded chain may quote older ones first. */
  public static Optional<SubjectMark> lastIn(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher matcher = MARK.matcher(subject);
    SubjectMark found = null;
    while (matcher.find()) {
      found = new SubjectMark(Long.parseLong(matcher.group(1)), matcher.group(2));
    }
    return Optional.ofNullable(found);
  }

  /**
   * The subject as people who did not receive the mail may see it: each mark's secret left out,
   * since it would let them answer in the recipient's name.
   */
  public static String withoutSecrets(String subject) {
    return subject == null ? null : MARK.matcher(subject).replaceAll("[#$1]");
  }
}
