package io.brandcloud.support.mailin.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.support.mailin.domain.InboundMail;
import io.brandcloud.support.mailin.domain.MailboxReader;
import io.brandcloud.support.mailin.domain.ReceivedMail.Outcome;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * One reading of the current tenant's support mailbox, outside any transaction: the IMAP session
 * can take seconds and must hold no locks; each mail is then kept in its own transaction. A mail
 * whose handling fails stays unread and is tried again, five times at most.
 */
@Stateless
public class MailboxCheck {

  /** Mails read at most per check; the rest wait for the next one, a minute later. */
  static final int BATCH = 50;

  static final int MAX_ATTEMPTS = 5;

  /** Mails are handed over only this long, well within the reading's lease. */
  static final Duration HANDING_OVER = MailboxReadingSteps.LEASE.dividedBy(2);

  private static final Logger LOG = Logger.getLogger(MailboxCheck.class);

  @EJB MailboxReadingSteps records;
  @EJB MailReplies replies;
  @Inject MailboxReader reader;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CheckResult check() {
    CurrentCaller.requirePrivileged();
    Optional<MailboxReadingSteps.Reading> taken = records.start();
    if (taken.isEmpty()) {
      return CheckResult.whileBusy();
    }
    MailboxReadingSteps.Reading reading = taken.get();
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    long deadline = System.nanoTime() + HANDING_OVER.toNanos();
    String error = null;
    int read = 0;
    try {
      // the reader checks the server's address again, and connects to the one it checked
      read =
          reader.readUnread(
              reading.server(),
              reading.password(),
              BATCH,
              mail -> System.nanoTime() < deadline && keep(mail, outcomes));
    } catch (MailboxReader.MailboxUnavailable e) {
      error = e.getMessage();
    } catch (RuntimeException e) {
      LOG.errorf(e, "Reading the support mailbox failed");
      error = "The mailbox could not be read (" + e.getClass().getSimpleName() + ")";
    } finally {
      records.finish(reading, error);
    }
    return new CheckResult(read, outcomes, error, false);
  }

  /** True once the mail is kept (or given up); false leaves it unread for the next check. */
  private boolean keep(InboundMail mail, Map<Outcome, Integer> outcomes) {
    try {
      replies.take(mail).ifPresent(outcome -> outcomes.merge(outcome, 1, Integer::sum));
      return true;
    } catch (BrandcloudException refusal) {
      return noted(mail, outcomes, () -> replies.refused(mail), Outcome.REFUSED);
    } catch (RuntimeException e) {
      LOG.warnf(e, "Handling mail %s failed", mail.messageId());
      return noted(mail, outcomes, () -> replies.failed(mail, MAX_ATTEMPTS), Outcome.FAILED);
    }
  }

  /** Runs {@code note}; true when the mail is done with (noted, or given up). */
  private static boolean noted(
      InboundMail mail,
      Map<Outcome, Integer> outcomes,
      java.util.function.BooleanSupplier note,
      Outcome outcome) {
    try {
      boolean done = note.getAsBoolean();
      if (done) {
        outcomes.merge(outcome, 1, Integer::sum);
      }
      return done;
    } catch (RuntimeException e) {
      LOG.warnf(e, "Mail %s stays unread for the next check", mail.messageId());
      return false;
    }
  }
}
