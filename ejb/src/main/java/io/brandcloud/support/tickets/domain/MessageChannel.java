package io.brandcloud.support.tickets.domain;

/** Where a ticket message was written. */
public enum MessageChannel {
  PORTAL,
  API,
  MAIL,
  DISCORD,
  /** The storefront's contact form, by a visitor without an account. */
  CONTACT
}
