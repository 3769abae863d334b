package io.brandcloud.support.domain;

/** Where a ticket message was written. */
public enum MessageChannel {
  PORTAL,
  API,
  MAIL,
  DISCORD
}
