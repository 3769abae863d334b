package io.brandcloud.notifications.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something the panel told a user: the subject of its message in their language and, where the
 * message names one, a link to what it is about; unread until {@code readAt}.
 */
public record Notification(
    long id, String kind, String subject, String link, Instant createdAt, Instant readAt)
    implements Serializable {

  public boolean unread() {
    return readAt == null;
  }
}
