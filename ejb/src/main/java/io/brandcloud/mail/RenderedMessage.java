package io.brandcloud.mail;

/** A message's subject and body, rendered for one recipient. */
public record RenderedMessage(String subject, String body) {}
