package io.brandcloud.exports.application;

import io.brandcloud.exports.domain.PreparedExport;
import io.brandcloud.exports.domain.PreparedExportStore;
import io.brandcloud.exports.domain.PreparedExportStore.Claimed;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.shared.tables.TableWriter;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * The worker's transactions, each its own: an export is claimed (after files whose day is over are
 * deleted), its table read in one that only reads, its rows counted as they are written (which
 * renews the lease), its file stored chunk by chunk, or its failure written. A failed export is
 * tried again after a minute, then two, {@value #MAX_ATTEMPTS} times in all.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PreparedExportSteps {

  static final int MAX_ATTEMPTS = 3;
  static final int CHUNK_BYTES = 1 << 20;

  /** The length of {@code prepared_exports.failure}. */
  private static final int FAILURE_MAX = 500;

  /** Longer than a pause between two counts of rows; a dead worker's export waits this. */
  private static final Duration LEASE = Duration.ofMinutes(5);

  private static final Duration AFTER_A_FAILED_ROUND = Duration.ofMinutes(1);

  @Inject PreparedExportStore store;
  @EJB WorkDue due;
  @Inject ExportTables tables;

  /** A claimed export and what it asks for. */
  public record Job(Claimed claimed, PreparedExport export) {}

  /** The next due export, if any. */
  public Optional<Job> claim(long observedVersion) {
    store.giveUp(MAX_ATTEMPTS);
    store.expire();
    Optional<Claimed> claimed = store.claim(LEASE);
    // what an earlier attempt stored before it died
    claimed.ifPresent(export -> store.dropChunks(export.id()));
    due.reschedule(PreparedExportWorker.QUEUE, observedVersion, store.nextDue().orElse(null));
    return claimed.map(export -> new Job(export, store.find(export.id()).orElseThrow()));
  }

  /**
   * Writes the table in one reading transaction of its own, long enough for a million rows; the
   * counts of rows written meanwhile are committed apart.
   */
  @TransactionTimeout(value = 1, unit = TimeUnit.HOURS)
  public void write(PreparedExport export, TableWriter table) {
    DocumentTexts reader =
        new DocumentTexts(
            Locale.forLanguageTag(export.language()), CurrentTenant.require().timeZone());
    tables.write(export.table(), export.range(), reader, table);
  }

  public void progress(Claimed claimed, long rowsWritten) {
    store.progress(claimed, rowsWritten, LEASE);
  }

  /** Stores the file's next mebibyte or less; refused when the attempt lost its claim. */
  public void chunk(Claimed claimed, int position, byte[] content) {
    if (!store.addChunk(claimed, position, content, LEASE)) {
      throw new IllegalStateException("Export " + claimed.id() + " was taken over");
    }
  }

  /** The file is whole: kept for a day, after which the worker deletes it. */
  public void ready(Claimed claimed, long rowsWritten, long size) {
    if (store.ready(claimed, rowsWritten, size, PreparedExports.KEPT)) {
      due.flag(PreparedExportWorker.QUEUE, PreparedExports.KEPT);
    }
  }

  /** Tries again later, or gives up after the last attempt. */
  public void failed(Claimed claimed, String failure) {
    boolean again = claimed.attempt() < MAX_ATTEMPTS;
    Duration wait = again ? Duration.ofMinutes(claimed.attempt()) : null;
    store.failed(claimed, PlainText.cut(failure, FAILURE_MAX), wait);
    if (again) {
      due.flag(PreparedExportWorker.QUEUE, wait);
    }
  }

  /** A round that failed before it wrote anything waits a minute, and holds up no other tenant. */
  public void postpone(long observedVersion) {
    due.rescheduleIn(PreparedExportWorker.QUEUE, observedVersion, AFTER_A_FAILED_ROUND);
  }
}
