package io.brandcloud.support.tickets.domain;

/** Which side of a ticket a mail went to, and so who may answer it by mail. */
public enum ReplySide {
  CUSTOMER,
  STAFF
}
