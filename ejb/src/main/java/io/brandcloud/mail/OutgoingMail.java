package io.brandcloud.mail;

/** A plain-text mail to one recipient. */
public record OutgoingMail(String recipient, String subject, String body) {}
