package io.brandcloud.activity.domain;

import java.util.Locale;

/** What happened in an organisation. */
public enum ActivityKind {
  LOGIN,
  SERVER_ACTION,
  PAYMENT,
  API_KEY_CREATED,
  API_KEY_REVOKED,
  INVITATION_SENT,
  MEMBER_JOINED,
  MEMBER_ROLE_CHANGED,
  MEMBER_REMOVED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
