package io.brandcloud.privacy.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.privacy.domain.ArchiveSize;
import io.brandcloud.privacy.domain.DataExportStore;
import io.brandcloud.privacy.domain.DataExportStore.Claimed;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The export worker's short transactions, each its own: an export is claimed, its progress noted
 * (which renews the lease), its archive stored chunk by chunk and announced by mail, or its failure
 * written, while the building itself holds none. An export whose builder died three times (the node
 * stopped, say) is given up.
 *
 * <p>A failed build is tried again after a minute, then two, {@value #MAX_ATTEMPTS} times in all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DataExportSteps {

  static final int MAX_ATTEMPTS = 3;
  static final int CHUNK_BYTES = 1 << 20;

  /** The length of {@code data_exports.failure}. */
  private static final int FAILURE_MAX = 500;

  /** Longer than building a large account's archive takes; a dead builder's export waits this. */
  private static final Duration LEASE = Duration.ofMinutes(15);

  private static final Duration AFTER_A_FAILED_ROUND = Duration.ofMinutes(1);

  @Inject DataExportStore store;
  @EJB WorkDue due;
  @EJB UserAccounts accounts;
  @Inject MailOutbox mail;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;

  public Optional<Claimed> claim(long observedVersion) {
    store.giveUp(MAX_ATTEMPTS);
    Optional<Claimed> claimed = store.claim(LEASE);
    // what an earlier attempt stored before it died
    claimed.ifPresent(export -> store.dropChunks(export.id()));
    due.reschedule(DataExportWorker.QUEUE, observedVersion, store.nextDue().orElse(null));
    return claimed;
  }

  public void progress(Claimed claimed, int done) {
    store.progress(claimed.id(), claimed.attempt(), done, DataExportArchive.SECTIONS, LEASE);
  }

  /**
   * Stores the archive's next mebibyte or less, each in a transaction of its own so a large archive
   * never holds one long; refused when the attempt lost its claim (its lease ran out and another
   * node took the export).
   */
  public void chunk(Claimed claimed, int position, byte[] content) {
    if (!store.addChunk(claimed.id(), claimed.attempt(), position, content)) {
      throw new IllegalStateException("Data export " + claimed.id() + " was taken over");
    }
  }

  /**
   * The archive is stored: the export is ready, and the link goes to the person. Nothing if the
   * claim was lost meanwhile.
   */
  public void ready(Claimed claimed, long size) {
    if (!store.holds(claimed.id(), claimed.attempt())) {
      return;
    }
    String token = SecretTokens.random();
    Instant now = clock.now();
    store.ready(
        claimed.id(),
        claimed.attempt(),
        SecretTokens.sha256(token),
        size,
        now,
        now.plus(DataExports.LINK_VALID));
    AuthenticatedUser user = accounts.find(claimed.userId()).orElseThrow();
    mail.send(
        MessageType.DATA_EXPORT_READY,
        user.email(),
        Map.of(
            "name",
            user.displayName(),
            "link",
            PublicUrls.portal(CurrentTenant.require()) + "/portal/data-export?token=" + token,
            "validDays",
            DataExports.LINK_VALID.toDays(),
            "size",
            ArchiveSize.of(size, Locale.ROOT)));
    audit.record(
        "data-exports",
        "data_export.ready",
        "user " + claimed.userId(),
        ArchiveSize.of(size, Locale.ROOT));
  }

  /** Tries again later, or gives up after the last attempt. */
  public void failed(Claimed claimed, String failure) {
    String kept = failure.length() > FAILURE_MAX ? failure.substring(0, FAILURE_MAX) : failure;
    boolean again = claimed.attempt() < MAX_ATTEMPTS;
    Duration wait = again ? Duration.ofMinutes(claimed.attempt()) : null;
    if (store.failed(claimed.id(), claimed.attempt(), kept, wait) && again) {
      due.flag(DataExportWorker.QUEUE, wait);
    }
  }

  /** A round that failed before it built anything waits a minute, and holds up no other tenant. */
  public void postpone(long observedVersion) {
    due.reschedule(DataExportWorker.QUEUE, observedVersion, clock.now().plus(AFTER_A_FAILED_ROUND));
  }
}
