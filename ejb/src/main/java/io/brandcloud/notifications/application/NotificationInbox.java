package io.brandcloud.notifications.application;

import io.brandcloud.notifications.domain.NewNotification;
import io.brandcloud.notifications.domain.NotificationStore;
import io.brandcloud.notifications.domain.Recipient;
import io.brandcloud.shared.ApplicationClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * Where a message goes besides the mail, in the sender's transaction: which addressees are users
 * and what they chose for its kind, and the notifications kept for those who want them in the app.
 */
@ApplicationScoped
public class NotificationInbox {

  @Inject NotificationStore store;
  @Inject ApplicationClock clock;

  /** The users among these addresses (lower case), by address, with their choice for the kind. */
  public Map<String, Recipient> recipients(String kind, List<String> addresses) {
    return addresses.isEmpty() ? Map.of() : store.recipients(addresses, kind);
  }

  public void keep(List<NewNotification> notifications) {
    if (!notifications.isEmpty()) {
      store.add(notifications, clock.now());
    }
  }
}
