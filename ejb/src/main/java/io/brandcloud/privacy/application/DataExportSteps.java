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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The export worker's short transactions, each its own: an export is claimed, its progress noted,
 * its archive stored with the mail that announces it, or its failure written, while the building
 * itself holds none.
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
    Optional<Claimed> claimed = store.claim(LEASE);
    due.reschedule(DataExportWorker.QUEUE, observedVersion, store.nextDue().orElse(null));
    return claimed;
  }

  public void progress(Claimed claimed, int done) {
    store.progress(claimed.id(), claimed.attempt(), done, DataExportArchive.SECTIONS);
  }

  /**
   * Keeps the archive in chunks, makes the link and mails it to the person; nothing if the claim
   * was lost meanwhile (the lease ran out and another node built it).
   */
  public void ready(Claimed claimed, Path archive) {
    store.dropChunks(claimed.id());
    long size = storeChunks(claimed.id(), archive);
    String token = SecretTokens.random();
    Instant now = clock.now();
    if (!store.ready(
        claimed.id(),
        claimed.attempt(),
        SecretTokens.sha256(token),
        size,
        now,
        now.plus(DataExports.LINK_VALID))) {
      store.dropChunks(claimed.id());
      return;
    }
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

  private long storeChunks(long exportId, Path archive) {
    try (InputStream in = Files.newInputStream(archive)) {
      long size = 0;
      int position = 0;
      byte[] chunk;
      while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
        store.addChunk(exportId, position++, chunk);
        size += chunk.length;
      }
      return size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
