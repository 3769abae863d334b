package io.brandcloud.mail;

/** A plain-text mail to one recipient; answers go to {@code replyTo} when it is set. */
public record OutgoingMail(String recipient, String subject, String body, String replyTo) {

  public OutgoingMail(String recipient, String subject, String body) {
    this(recipient, subject, body, null);
  }
}
