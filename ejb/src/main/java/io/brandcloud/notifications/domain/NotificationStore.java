package io.brandcloud.notifications.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The current tenant's notifications and users' choices. */
public interface NotificationStore {

  /** The users among these addresses (lower case), by address, with their choice for the kind. */
  Map<String, Recipient> recipients(List<String> addresses, String kind);

  void add(List<NewNotification> notifications, Instant at);

  /** The user's notifications, newest first. */
  Page<Notification> of(long userId, PageRequest page);

  long unread(long userId);

  /** Marks one read; false when it is not the user's. */
  boolean markRead(long userId, long notificationId, Instant at);

  /** Marks every unread one read; how many. */
  int markAllRead(long userId, Instant at);

  /** The kinds the user chose something for; the others are {@link Choice#byDefault}. */
  List<Choice> choices(long userId);

  void choose(long userId, Choice choice);
}
