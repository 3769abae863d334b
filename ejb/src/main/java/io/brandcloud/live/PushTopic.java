package io.brandcloud.live;

import io.brandcloud.access.Permission;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a push notice is about, as database triggers name it, and who in an organisation may hear.
 */
public enum PushTopic {
  SERVERS("servers", Permission.SERVERS_VIEW),
  BALANCE("balance", Permission.BILLING_VIEW),
  INVOICES("invoices", Permission.BILLING_VIEW),
  PAYMENTS("payments", Permission.BILLING_VIEW),
  TICKETS("tickets", Permission.TICKETS_VIEW);

  private final String wireName;
  private final Permission permission;

  PushTopic(String wireName, Permission permission) {
    this.wireName = wireName;
    this.permission = permission;
  }

  public String wireName() {
    return wireName;
  }

  /** What a member needs in the organisation to hear of it. */
  public Permission permission() {
    return permission;
  }

  /** The topic a database notice names; empty for changes nobody is told of. */
  public static Optional<PushTopic> ofNotice(String topic) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(topic)).findFirst();
  }
}
