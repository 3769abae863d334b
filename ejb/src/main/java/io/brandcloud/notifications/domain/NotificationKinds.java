package io.brandcloud.notifications.domain;

import java.util.List;

/**
 * The kinds of message a user may choose how to hear of, in the order they are offered; the others
 * (those that open an account or prove who someone is) are always mailed.
 */
public interface NotificationKinds {

  /** The kinds staff, or customers (who are offered none only staff receive), choose for. */
  List<String> optional(boolean staff);

  default boolean isOptional(String kind, boolean staff) {
    return optional(staff).contains(kind);
  }
}
