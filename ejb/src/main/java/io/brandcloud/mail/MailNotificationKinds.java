package io.brandcloud.mail;

import io.brandcloud.notifications.domain.NotificationKinds;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/**
 * The kinds of message a user may choose for: every template not {@link MessageType#alwaysMailed}.
 */
@ApplicationScoped
public class MailNotificationKinds implements NotificationKinds {

  private static final List<String> FOR_STAFF =
      Arrays.stream(MessageType.values())
          .filter(type -> !type.alwaysMailed())
          .map(MessageType::key)
          .toList();
  private static final List<String> FOR_CUSTOMERS =
      Arrays.stream(MessageType.values())
          .filter(type -> !type.alwaysMailed() && !type.toStaff())
          .map(MessageType::key)
          .toList();

  @Override
  public List<String> optional(boolean staff) {
    return staff ? FOR_STAFF : FOR_CUSTOMERS;
  }
}
