package io.brandcloud.mail;

/**
 * A plain-text mail to one recipient; answers go to {@code replyTo} when it is set. {@code subject}
 * and {@code body} are what staff may read in the outbox; a mail carrying a secret (a reset link, a
 * code) also has {@code recipientsCopy}, the mail as sent, which is kept sealed and shown only to
 * its recipient.
 */
public record OutgoingMail(
    String recipient, String subject, String body, String replyTo, RenderedMessage recipientsCopy) {

  public OutgoingMail(String recipient, String subject, String body) {
    this(recipient, subject, body, null, null);
  }
}
