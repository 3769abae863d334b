package io.brandcloud.mail;

import java.io.Serializable;

/** A message's subject and body, rendered for one recipient. */
public record RenderedMessage(String subject, String body) implements Serializable {}
