package io.brandcloud.support.infrastructure;

import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.support.domain.DiscordChannel;
import io.brandcloud.support.domain.DiscordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDiscordRepository implements DiscordRepository {

  private static final short ONLY = 1;
  private static final int ERROR_MAX = 1000;

  @PersistenceContext EntityManager em;

  @Override
  public Optional<DiscordChannel> current() {
    return Optional.ofNullable(em.find(DiscordChannel.class, ONLY));
  }

  @Override
  public Optional<DiscordChannel> currentForUpdate() {
    return Optional.ofNullable(em.find(DiscordChannel.class, ONLY, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(DiscordChannel channel) {
    em.persist(channel);
  }

  @Override
  public void remove(DiscordChannel channel) {
    em.remove(channel);
  }

  @Override
  public Optional<Long> staffOf(String discordUserId) {
    return em
        .createNativeQuery("SELECT user_id FROM support_discord_staff WHERE discord_user_id = ?1")
        .setParameter(1, discordUserId)
        .getResultList()
        .stream()
        .findFirst()
        .map(id -> ((Number) id).longValue());
  }

  @Override
  public List<StaffLink> links() {
    return ((List<?>)
            em.createNativeQuery(
                    "SELECT discord_user_id, user_id, linked_at FROM support_discord_staff"
                        + " ORDER BY linked_at, discord_user_id")
                .getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(
                r ->
                    new StaffLink(
                        (String) r[0], ((Number) r[1]).longValue(), SqlValues.instant(r[2])))
            .toList();
  }

  @Override
  public void link(String discordUserId, long userId, Instant at) {
    em.createNativeQuery(
            "DELETE FROM support_discord_staff WHERE user_id = ?1 AND discord_user_id <> ?2")
        .setParameter(1, userId)
        .setParameter(2, discordUserId)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO support_discord_staff (discord_user_id, user_id, linked_at)"
                + " VALUES (?1, ?2, ?3) ON CONFLICT (discord_user_id)"
                + " DO UPDATE SET user_id = EXCLUDED.user_id, linked_at = EXCLUDED.linked_at")
        .setParameter(1, discordUserId)
        .setParameter(2, userId)
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public boolean unlink(String discordUserId) {
    return em.createNativeQuery("DELETE FROM support_discord_staff WHERE discord_user_id = ?1")
            .setParameter(1, discordUserId)
            .executeUpdate()
        == 1;
  }

  @Override
  public void queuePost(long ticketMessageId, String content, String requestId, Instant at) {
    em.createNativeQuery(
            "INSERT INTO support_discord_posts (message_id, content, status, next_attempt_at,"
                + " request_id, created_at) VALUES (?1, ?2, 'PENDING', now(), ?3, ?4)"
                + " ON CONFLICT (message_id) DO NOTHING")
        .setParameter(1, ticketMessageId)
        .setParameter(2, content)
        .setParameter(3, requestId)
        .setParameter(4, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public List<QueuedPost> claimPosts(int limit, Duration lease) {
    return ((List<?>)
            em.createNativeQuery(
                    "UPDATE support_discord_posts SET status = 'SENDING', attempts = attempts + 1,"
                        + " claimed_until = now() + ?2 * interval '1 second'"
                        + " WHERE id IN (SELECT id FROM support_discord_posts"
                        + " WHERE (status = 'PENDING' AND next_attempt_at <= now())"
                        + " OR (status = 'SENDING' AND claimed_until < now())"
                        + " ORDER BY next_attempt_at, id LIMIT ?1 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, content, attempts, request_id")
                .setParameter(1, limit)
                .setParameter(2, lease.toSeconds())
                .getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(
                r ->
                    new QueuedPost(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        (String) r[3]))
            .sorted(java.util.Comparator.comparingLong(QueuedPost::id))
            .toList();
  }

  @Override
  public Optional<Instant> nextPostDue() {
    return em
        .createNativeQuery(
            "SELECT min(CASE WHEN status = 'PENDING' THEN next_attempt_at ELSE claimed_until END)"
                + " FROM support_discord_posts WHERE status IN ('PENDING', 'SENDING')")
        .getResultList()
        .stream()
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .map(SqlValues::instant);
  }

  @Override
  public void posted(QueuedPost post, Instant at) {
    int updated =
        em.createNativeQuery(
                "UPDATE support_discord_posts SET status = 'SENT', sent_at = ?3,"
                    + " claimed_until = NULL, last_error = NULL"
                    + " WHERE id = ?1 AND attempts = ?2 AND status = 'SENDING'")
            .setParameter(1, post.id())
            .setParameter(2, post.attempt())
            .setParameter(3, Timestamp.from(at))
            .executeUpdate();
    if (updated == 1) {
      em.createNativeQuery(
              "UPDATE support_discord SET post_error = NULL WHERE post_error IS NOT NULL")
          .executeUpdate();
    }
  }

  @Override
  public void postFailed(QueuedPost post, String error, Duration retryIn) {
    em.createNativeQuery(
            "UPDATE support_discord_posts SET status = ?3, claimed_until = NULL, last_error = ?4,"
                + " next_attempt_at = now() + ?5 * interval '1 millisecond'"
                + " WHERE id = ?1 AND attempts = ?2 AND status = 'SENDING'")
        .setParameter(1, post.id())
        .setParameter(2, post.attempt())
        .setParameter(3, retryIn == null ? "FAILED" : "PENDING")
        .setParameter(4, PlainText.cut(error, ERROR_MAX))
        .setParameter(5, retryIn == null ? 0 : retryIn.toMillis())
        .executeUpdate();
  }

  @Override
  public void postError(String error) {
    em.createNativeQuery("UPDATE support_discord SET post_error = ?1")
        .setParameter(1, PlainText.cut(error, ERROR_MAX))
        .executeUpdate();
  }

  @Override
  public boolean firstInteraction(String interactionId, String discordUserId, Instant at) {
    return em.createNativeQuery(
                "INSERT INTO support_discord_interactions (interaction_id, discord_user_id,"
                    + " received_at) VALUES (?1, ?2, ?3) ON CONFLICT (interaction_id) DO NOTHING")
            .setParameter(1, interactionId)
            .setParameter(2, discordUserId)
            .setParameter(3, Timestamp.from(at))
            .executeUpdate()
        == 1;
  }
}
