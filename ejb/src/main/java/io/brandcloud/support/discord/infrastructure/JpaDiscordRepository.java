package io.brandcloud.support.discord.infrastructure;

import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.support.discord.domain.DiscordChannel;
import io.brandcloud.support.discord.domain.DiscordPost;
import io.brandcloud.support.discord.domain.DiscordRepository;
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
  // a post is due when it waits for no retry and nobody holds it (or their hold ran out)
  private static final String DUE =
      "((%1$s.status = 'PENDING' AND %1$s.next_attempt_at <= now())"
          + " OR (%1$s.status = 'SENDING' AND %1$s.claimed_until < now()))";

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
  public void lockSettings() {
    em.createNativeQuery(
            "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.support_discord'))")
        .getSingleResult();
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
        .map(id -> SqlValues.toLong(id));
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
            .map(r -> new StaffLink((String) r[0], SqlValues.toLong(r[1]), SqlValues.instant(r[2])))
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
    // one claimer per tenant: another's snapshot would not see the posts this one takes
    Object mine =
        em.createNativeQuery(
                "SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.discord_posts'))")
            .getSingleResult();
    if (!Boolean.TRUE.equals(mine)) {
      return List.of();
    }
    return ((List<?>)
            em.createNativeQuery(
                    "UPDATE support_discord_posts SET status = 'SENDING', attempts = attempts + 1,"
                        + " claimed_until = now() + ?2 * interval '1 second'"
                        + " WHERE id IN (SELECT p.id FROM support_discord_posts p"
                        + " WHERE p.status IN ('PENDING', 'SENDING') AND "
                        + DUE.formatted("p")
                        + " AND NOT EXISTS (SELECT 1 FROM support_discord_posts e"
                        + " WHERE e.id < p.id AND e.status IN ('PENDING', 'SENDING')"
                        + " AND NOT "
                        + DUE.formatted("e")
                        + ")"
                        + " ORDER BY p.id LIMIT ?1 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, content, attempts, request_id")
                .setParameter(1, limit)
                .setParameter(2, lease.toSeconds())
                .getResultList())
        .stream()
            .map(Object[].class::cast)
            .map(
                r ->
                    new QueuedPost(
                        SqlValues.toLong(r[0]),
                        (String) r[1],
                        SqlValues.toInt(r[2]),
                        (String) r[3]))
            .sorted(java.util.Comparator.comparingLong(QueuedPost::id))
            .toList();
  }

  @Override
  public void releasePosts(List<QueuedPost> posts) {
    for (QueuedPost post : posts) {
      em.createNativeQuery(
              "UPDATE support_discord_posts SET status = 'PENDING', claimed_until = NULL,"
                  + " attempts = attempts - 1 WHERE id = ?1 AND attempts = ?2 AND status = 'SENDING'")
          .setParameter(1, post.id())
          .setParameter(2, post.attempt())
          .executeUpdate();
    }
  }

  @Override
  public void dropUnsentPosts(String reason) {
    em.createNativeQuery(
            "UPDATE support_discord_posts SET status = 'FAILED', claimed_until = NULL,"
                + " last_error = ?1 WHERE status = 'PENDING'"
                + " OR (status = 'SENDING' AND claimed_until < now())")
        .setParameter(1, storable(reason))
        .executeUpdate();
  }

  @Override
  public boolean disable(String webhookId, String reason) {
    return em.createNativeQuery(
                "UPDATE support_discord SET enabled = false, post_error = ?1 WHERE webhook_id = ?2")
            .setParameter(1, storable(reason))
            .setParameter(2, webhookId)
            .executeUpdate()
        == 1;
  }

  @Override
  public Page<DiscordPost> posts(PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM support_discord_posts",
        "SELECT p.id, m.ticket_id, p.content, p.status, p.attempts, p.last_error, p.created_at,"
            + " p.sent_at FROM support_discord_posts p"
            + " JOIN support_ticket_messages m ON m.id = p.message_id ORDER BY p.id DESC",
        r ->
            new DiscordPost(
                SqlValues.toLong(r[0]),
                SqlValues.toLong(r[1]),
                (String) r[2],
                DiscordPost.Status.valueOf((String) r[3]).name().toLowerCase(java.util.Locale.ROOT),
                SqlValues.toInt(r[4]),
                (String) r[5],
                SqlValues.instant(r[6]),
                r[7] == null ? null : SqlValues.instant(r[7])));
  }

  @Override
  public boolean retryPost(long postId) {
    return em.createNativeQuery(
                "UPDATE support_discord_posts SET status = 'PENDING', attempts = 0,"
                    + " next_attempt_at = now(), last_error = NULL WHERE id = ?1 AND status = 'FAILED'")
            .setParameter(1, postId)
            .executeUpdate()
        == 1;
  }

  @Override
  public void purge() {
    em.createNativeQuery(
            "DELETE FROM support_discord_posts WHERE status = 'SENT'"
                + " AND sent_at < now() - interval '30 days'")
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM support_discord_interactions WHERE received_at < now() - interval '1 day'")
        .executeUpdate();
  }

  @Override
  public Optional<Instant> nextPostDue() {
    List<?> oldest =
        em.createNativeQuery(
                "SELECT CASE WHEN status = 'PENDING' THEN next_attempt_at ELSE claimed_until END"
                    + " FROM support_discord_posts WHERE status IN ('PENDING', 'SENDING')"
                    + " ORDER BY id LIMIT 1")
            .getResultList();
    return oldest.stream().findFirst().map(SqlValues::instant);
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
  public void postFailed(QueuedPost post, String error, Duration retryIn, boolean counted) {
    em.createNativeQuery(
            "UPDATE support_discord_posts SET status = ?3, claimed_until = NULL, last_error = ?4,"
                + " next_attempt_at = now() + ?5 * interval '1 millisecond',"
                + " attempts = attempts - ?6"
                + " WHERE id = ?1 AND attempts = ?2 AND status = 'SENDING'")
        .setParameter(1, post.id())
        .setParameter(2, post.attempt())
        .setParameter(3, retryIn == null ? "FAILED" : "PENDING")
        .setParameter(4, storable(error))
        .setParameter(5, retryIn == null ? 0 : retryIn.toMillis())
        .setParameter(6, counted ? 0 : 1)
        .executeUpdate();
  }

  @Override
  public void postError(String error) {
    em.createNativeQuery("UPDATE support_discord SET post_error = ?1")
        .setParameter(1, storable(error))
        .executeUpdate();
  }

  /** What Discord or the network said, as a column can hold it. */
  private static String storable(String error) {
    return PlainText.cut(PlainText.escapeForbidden(error == null ? "" : error, false), ERROR_MAX);
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
