package io.brandcloud.live;

import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a push notice is about, as database triggers name it, and who in an organisation may hear.
 */
public enum PushTopic {
  SERVERS("servers", Permission.SERVERS_VIEW, false),
  BALANCE("balance", Permission.BILLING_VIEW, false),
  INVOICES("invoices", Permission.BILLING_VIEW, false),
  PAYMENTS("payments", Permission.BILLING_VIEW, false),
  SUBSCRIPTIONS("subscriptions", Permission.BILLING_VIEW, false),
  TICKETS("tickets", Permission.TICKETS_VIEW, false),
  /** Staff notes on a ticket: customers must not even hear that one was written. */
  TICKET_NOTES("ticket-notes", Permission.TICKETS_VIEW, true),
  /** Checks that wait for a fraud review, or stopped waiting: for the staff who review them. */
  FRAUD("fraud", StaffPermission.FRAUD_REVIEW),
  /** A user's own notifications: every user hears theirs, and nobody another's. */
  NOTIFICATIONS("notifications");

  private final String wireName;
  private final Permission permission;
  private final boolean staffOnly;
  private final StaffPermission staffPermission;
  private final boolean personal;

  PushTopic(String wireName, Permission permission, boolean staffOnly) {
    this.wireName = wireName;
    this.permission = permission;
    this.staffOnly = staffOnly;
    this.staffPermission = StaffPermission.CUSTOMERS_VIEW;
    this.personal = false;
  }

  PushTopic(String wireName, StaffPermission staffPermission) {
    this.wireName = wireName;
    this.permission = null;
    this.staffOnly = true;
    this.staffPermission = staffPermission;
    this.personal = false;
  }

  PushTopic(String wireName) {
    this.wireName = wireName;
    this.permission = null;
    this.staffOnly = false;
    this.staffPermission = null;
    this.personal = true;
  }

  /**
   * Whether it is about one user, whatever organisation they act for: notices name the user, and
   * only that user's sockets hear them.
   */
  public boolean personal() {
    return personal;
  }

  /** Whether only staff sockets follow it, whatever a member may see. */
  public boolean staffOnly() {
    return staffOnly;
  }

  public String wireName() {
    return wireName;
  }

  /** What a member needs in the organisation to hear of it; null for a topic only staff follow. */
  public Permission permission() {
    return permission;
  }

  /** What a staff member needs to hear of it, beyond seeing customers at all; null if personal. */
  public StaffPermission staffPermission() {
    return staffPermission;
  }

  /** The topic a database notice names; empty for changes nobody is told of. */
  public static Optional<PushTopic> ofNotice(String topic) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(topic)).findFirst();
  }
}
