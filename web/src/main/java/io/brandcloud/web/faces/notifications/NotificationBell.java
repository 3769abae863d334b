package io.brandcloud.web.faces.notifications;

import io.brandcloud.notifications.application.Notifications;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The bell in the header: how many notifications its user has not read, read once a request. */
@Named
@RequestScoped
public class NotificationBell {

  @EJB Notifications notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unread();
    }
    return unread;
  }
}
