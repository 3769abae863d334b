package io.brandcloud.notifications.infrastructure;

import io.brandcloud.notifications.domain.Choice;
import io.brandcloud.notifications.domain.NewNotification;
import io.brandcloud.notifications.domain.Notification;
import io.brandcloud.notifications.domain.NotificationStore;
import io.brandcloud.notifications.domain.Recipient;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The notification tables of the current tenant. */
@ApplicationScoped
public class SqlNotificationStore implements NotificationStore {

  private static final String NOTIFICATIONS =
      "SELECT id, kind, subject, link, created_at, read_at FROM notifications";

  @PersistenceContext EntityManager em;

  @Override
  public Map<String, Recipient> recipients(List<String> addresses, String kind) {
    Map<String, Recipient> found = new HashMap<>();
    List<?> rows =
        em.createNativeQuery(
                "SELECT u.id, u.email, p.in_app, p.mail FROM users u"
                    + " LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = ?2"
                    + " WHERE u.email = ANY (string_to_array(?1, chr(10)))"
                    // a disabled login reads no notification: its mail goes as it always did
                    + " AND u.disabled_at IS NULL")
            .setParameter(1, String.join("\n", addresses))
            .setParameter(2, kind)
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      String email = (String) r[1];
      Choice choice =
          r[2] == null ? Choice.byDefault(kind) : new Choice(kind, (Boolean) r[2], (Boolean) r[3]);
      found.put(email, new Recipient(SqlValues.toLong(r[0]), email, choice));
    }
    return found;
  }

  @Override
  public void add(List<NewNotification> notifications, Instant at) {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (NewNotification n : notifications) {
      JsonObjectBuilder row =
          Json.createObjectBuilder()
              .add("user_id", n.userId())
              .add("kind", n.kind())
              .add("subject", PlainText.cut(n.subject(), 300));
      if (n.link() != null && n.link().length() <= 1000) {
        row.add("link", n.link());
      }
      rows.add(row);
    }
    // one statement for a whole mailing (an invoicing run tells thousands at once)
    em.createNativeQuery(
            "INSERT INTO notifications (user_id, kind, subject, link, created_at)"
                + " SELECT r.user_id, r.kind, r.subject, r.link, ?2"
                + " FROM json_to_recordset(CAST(?1 AS json))"
                + " AS r(user_id bigint, kind varchar, subject varchar, link varchar)")
        .setParameter(1, rows.build().toString())
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public Page<Notification> of(long userId, PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM notifications WHERE user_id = ?1",
        NOTIFICATIONS + " WHERE user_id = ?1 ORDER BY id DESC",
        SqlNotificationStore::notification,
        userId);
  }

  @Override
  public long unread(long userId) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "SELECT count(*) FROM notifications WHERE user_id = ?1 AND read_at IS NULL")
            .setParameter(1, userId)
            .getSingleResult());
  }

  @Override
  public boolean markRead(long userId, long notificationId, Instant at) {
    List<?> found =
        em.createNativeQuery(
                "UPDATE notifications SET read_at = coalesce(read_at, ?3)"
                    + " WHERE id = ?1 AND user_id = ?2 RETURNING id")
            .setParameter(1, notificationId)
            .setParameter(2, userId)
            .setParameter(3, Timestamp.from(at))
            .getResultList();
    return !found.isEmpty();
  }

  @Override
  public int markAllRead(long userId, Instant at) {
    return em.createNativeQuery(
            "UPDATE notifications SET read_at = ?2 WHERE user_id = ?1 AND read_at IS NULL")
        .setParameter(1, userId)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public List<Choice> choices(long userId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT kind, in_app, mail FROM notification_preferences WHERE user_id = ?1")
            .setParameter(1, userId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new Choice((String) r[0], (Boolean) r[1], (Boolean) r[2]))
        .toList();
  }

  @Override
  public void choose(long userId, Choice choice) {
    em.createNativeQuery(
            "INSERT INTO notification_preferences (user_id, kind, in_app, mail)"
                + " VALUES (?1, ?2, ?3, ?4)"
                + " ON CONFLICT (user_id, kind) DO UPDATE SET in_app = ?3, mail = ?4")
        .setParameter(1, userId)
        .setParameter(2, choice.kind())
        .setParameter(3, choice.inApp())
        .setParameter(4, choice.mail())
        .executeUpdate();
  }

  private static Notification notification(Object[] r) {
    return new Notification(
        SqlValues.toLong(r[0]),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        SqlValues.instant(r[4]),
        r[5] == null ? null : SqlValues.instant(r[5]));
  }
}
