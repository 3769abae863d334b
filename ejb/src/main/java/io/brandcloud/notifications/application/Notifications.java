package io.brandcloud.notifications.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.notifications.domain.Choice;
import io.brandcloud.notifications.domain.Notification;
import io.brandcloud.notifications.domain.NotificationKinds;
import io.brandcloud.notifications.domain.NotificationStore;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A user's own notifications and choices: anybody logged in, staff and customers alike. */
@Stateless
public class Notifications {

  @Inject NotificationStore store;
  @Inject NotificationKinds kinds;
  @Inject ApplicationClock clock;

  /** The caller's notifications, newest first. */
  public Page<Notification> mine(PageRequest page) {
    return store.of(user(), page);
  }

  public long unread() {
    return store.unread(user());
  }

  /** Marks one of the caller's notifications read; another's is not found. */
  public void read(long notificationId) {
    if (!store.markRead(user(), notificationId, clock.now())) {
      throw BrandcloudException.notFound("Notification " + notificationId);
    }
  }

  /** Marks all the caller's notifications read; how many were unread. */
  public int readAll() {
    return store.markAllRead(user(), clock.now());
  }

  /** The caller's choice for every kind they may choose for, in the order they are offered. */
  public List<Choice> choices() {
    Map<String, Choice> chosen =
        store.choices(user()).stream().collect(Collectors.toMap(Choice::kind, Function.identity()));
    return kinds.optional(CurrentCaller.require().isStaff()).stream()
        .map(kind -> chosen.getOrDefault(kind, Choice.byDefault(kind)))
        .toList();
  }

  /** Sets how the caller hears of some kinds; one they may not choose for refuses them all. */
  public List<Choice> choose(List<Choice> changes) {
    if (changes == null || changes.isEmpty()) {
      throw BrandcloudException.invalid("choices", "Name at least one kind of message");
    }
    for (Choice change : changes) {
      if (change == null
          || change.kind() == null
          || !kinds.isOptional(change.kind(), CurrentCaller.require().isStaff())) {
        throw BrandcloudException.invalid(
            "kind",
            (change == null || change.kind() == null ? "A kind" : change.kind())
                + " is no kind of message you can choose for");
      }
    }
    long user = user();
    changes.forEach(change -> store.choose(user, change));
    return choices();
  }

  private static long user() {
    Caller caller = CurrentCaller.require();
    if (caller.userId() == null) {
      throw new BrandcloudException(ErrorCode.FORBIDDEN);
    }
    return caller.userId();
  }
}
