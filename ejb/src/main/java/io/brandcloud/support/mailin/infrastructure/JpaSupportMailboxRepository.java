package io.brandcloud.support.mailin.infrastructure;

import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.SubjectMark;
import io.brandcloud.support.mailin.domain.ReceivedMail;
import io.brandcloud.support.mailin.domain.SupportMailbox;
import io.brandcloud.support.mailin.domain.SupportMailboxRepository;
import io.brandcloud.support.mailin.domain.SupportMailboxRepository.ReadingLease;
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
public class JpaSupportMailboxRepository implements SupportMailboxRepository {

  private static final short ONLY = 1;

  @PersistenceContext EntityManager em;

  @Override
  public Optional<SupportMailbox> current() {
    return Optional.ofNullable(em.find(SupportMailbox.class, ONLY));
  }

  @Override
  public Optional<SupportMailbox> currentForUpdate() {
    return Optional.ofNullable(em.find(SupportMailbox.class, ONLY, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(SupportMailbox mailbox) {
    em.persist(mailbox);
  }

  @Override
  public void remove(SupportMailbox mailbox) {
    em.remove(mailbox);
  }

  @Override
  public Optional<ReadingLease> startReading(Duration lease) {
    List<?> taken =
        em.createNativeQuery(
                "UPDATE support_mailbox SET reading_until = clock_timestamp()"
                    + " + make_interval(secs => ?1) WHERE enabled"
                    + " AND (reading_until IS NULL OR reading_until < clock_timestamp())"
                    + " RETURNING reading_until, updated_at")
            .setParameter(1, lease.toSeconds())
            .getResultList();
    return taken.stream()
        .findFirst()
        .map(Object[].class::cast)
        .map(r -> new ReadingLease(SqlValues.instant(r[0]), SqlValues.instant(r[1])));
  }

  @Override
  public void finishReading(ReadingLease lease, Instant at, String error) {
    em.createNativeQuery(
            "UPDATE support_mailbox SET reading_until = NULL,"
                + " checked_at = CASE WHEN updated_at = ?2 THEN ?3 ELSE checked_at END,"
                + " check_error = CASE WHEN updated_at = ?2 THEN CAST(?4 AS VARCHAR)"
                + " ELSE check_error END WHERE reading_until = ?1")
        .setParameter(1, Timestamp.from(lease.until()))
        .setParameter(2, Timestamp.from(lease.settingsAt()))
        .setParameter(3, Timestamp.from(at))
        .setParameter(4, error == null ? null : clip(error, 1000))
        .executeUpdate();
  }

  @Override
  public boolean firstReading(String messageId, String sender, String subject, Instant at) {
    return em.createNativeQuery(
                "INSERT INTO support_mail_received (message_id, sender, subject, outcome,"
                    + " received_at) VALUES (?1, ?2, ?3, 'NO_TICKET', ?4)"
                    + " ON CONFLICT (message_id) DO UPDATE SET outcome = 'NO_TICKET'"
                    + " WHERE support_mail_received.outcome = 'FAILING'")
            .setParameter(1, messageId)
            .setParameter(2, sender == null ? "" : clip(sender, 320))
            .setParameter(3, subject == null ? "" : clip(subject, 300))
            .setParameter(4, Timestamp.from(at))
            .executeUpdate()
        == 1;
  }

  @Override
  public boolean failedReading(
      String messageId, String sender, String subject, Instant at, int maxAttempts) {
    Object outcome =
        em
            .createNativeQuery(
                "INSERT INTO support_mail_received (message_id, sender, subject, outcome,"
                    + " received_at, attempts) VALUES (?1, ?2, ?3, 'FAILING', ?4, 1)"
                    + " ON CONFLICT (message_id) DO UPDATE SET"
                    + " attempts = support_mail_received.attempts + 1,"
                    + " outcome = CASE WHEN support_mail_received.attempts + 1 >= ?5"
                    + " THEN 'FAILED' ELSE 'FAILING' END"
                    + " WHERE support_mail_received.outcome = 'FAILING'"
                    + " RETURNING outcome")
            .setParameter(1, messageId)
            .setParameter(2, sender == null ? "" : clip(sender, 320))
            .setParameter(3, subject == null ? "" : clip(subject, 300))
            .setParameter(4, Timestamp.from(at))
            .setParameter(5, maxAttempts)
            .getResultList()
            .stream()
            .findFirst()
            .orElse("FAILED");
    return "FAILED".equals(outcome);
  }

  @Override
  public long acceptedSince(long ticketId, String sender, Instant since) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "SELECT count(*) FROM support_mail_received WHERE outcome = 'ACCEPTED'"
                    + " AND ticket_id = ?1 AND sender = ?2 AND received_at >= ?3")
            .setParameter(1, ticketId)
            .setParameter(2, sender == null ? "" : sender)
            .setParameter(3, Timestamp.from(since))
            .getSingleResult());
  }

  @Override
  public void outcome(String messageId, ReceivedMail.Outcome outcome, Long ticketId) {
    em.createNativeQuery(
            "UPDATE support_mail_received SET outcome = ?2, ticket_id = CAST(?3 AS BIGINT)"
                + " WHERE message_id = ?1")
        .setParameter(1, messageId)
        .setParameter(2, outcome.name())
        .setParameter(3, ticketId == null ? null : ticketId.toString())
        .executeUpdate();
  }

  @Override
  public Page<ReceivedMail> received(PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM support_mail_received",
        "SELECT id, sender, subject, outcome, ticket_id, received_at FROM support_mail_received"
            + " ORDER BY received_at DESC, id DESC",
        r ->
            new ReceivedMail(
                SqlValues.toLong(r[0]),
                (String) r[1],
                SubjectMark.withoutSecrets((String) r[2]),
                ReceivedMail.Outcome.valueOf((String) r[3]),
                SqlValues.longOrNull(r[4]),
                SqlValues.instant(r[5])));
  }

  @Override
  public void scheduleChecks(long tenantId, boolean on) {
    if (on) {
      em.createNativeQuery(
              "INSERT INTO platform.mailbox_checks (tenant_id, next_check_at) VALUES (?1, now())"
                  + " ON CONFLICT (tenant_id) DO UPDATE SET next_check_at = now()")
          .setParameter(1, tenantId)
          .executeUpdate();
    } else {
      em.createNativeQuery("DELETE FROM platform.mailbox_checks WHERE tenant_id = ?1")
          .setParameter(1, tenantId)
          .executeUpdate();
    }
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
