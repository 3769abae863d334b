package io.brandcloud.exports.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.exports.domain.ExportTable;
import io.brandcloud.exports.domain.PreparedExport;
import io.brandcloud.exports.domain.PreparedExportStore;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.tables.TableFormat;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Exports staff ask to have prepared in the background: asked for with the same rights as the
 * download itself, listed and downloaded only by whoever asked (anyone else's is "not found"), and
 * kept for {@link #KEPT} once ready.
 */
@Stateless
public class PreparedExports {

  public static final Duration KEPT = Duration.ofHours(24);

  /** How many one person may have waiting or being written at a time. */
  public static final int MAX_OPEN = 3;

  static final int LISTED = 20;

  @Inject PreparedExportStore store;
  @Inject ExportTables tables;
  @EJB WorkDue due;
  @EJB PreparedExportWorker worker;
  @Inject AuditLog audit;
  @Resource TransactionSynchronizationRegistry transactions;

  /** What the worker writes and the download sends, as one person asked for it. */
  public record Download(long exportId, String fileName, String mediaType, long size, int chunks) {}

  public PreparedExport request(
      ExportTable table, TableFormat format, DayRange range, Locale language) {
    long staff = staffMember();
    tables.requireAllowed(table);
    long id =
        store
            .add(staff, table, format, range, language.toLanguageTag(), MAX_OPEN)
            .orElseThrow(
                () ->
                    new BrandcloudException(
                        ErrorCode.CONFLICT,
                        MAX_OPEN
                            + " exports are being prepared for you already; ask for another"
                            + " once one of them is ready"));
    due.flag(PreparedExportWorker.QUEUE, Duration.ZERO);
    AfterCommit.run(transactions, worker::nudge);
    audit.record(
        null,
        "export.requested",
        "export " + id,
        table.wireName() + " " + format.extension() + " " + range.from() + " to " + range.to());
    return store.find(id).orElseThrow();
  }

  /** The caller's own, newest first. */
  public List<PreparedExport> mine() {
    long staff = staffMember();
    return store.ofRequester(staff, LISTED);
  }

  public PreparedExport get(long id) {
    return own(id);
  }

  /**
   * Opens the file for its requester while it is kept, if they may still have the table; each chunk
   * is then read in a transaction of its own.
   */
  public Download open(long id) {
    PreparedExport export = own(id);
    tables.requireAllowed(export.table());
    if (!store.downloadable(id)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          switch (export.status()) {
            case REQUESTED, BUILDING -> "The export is still being prepared";
            case FAILED -> "The export failed; ask for it again";
            case READY, EXPIRED -> "The export was kept for a day and is gone; ask for it again";
          });
    }
    audit.record(null, "export.downloaded", "export " + id, export.fileName());
    return new Download(
        id,
        export.fileName(),
        export.format().mediaType(),
        export.sizeBytes(),
        store.chunkCount(id));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public byte[] chunk(Download download, int position) {
    return store.chunk(download.exportId(), position);
  }

  private PreparedExport own(long id) {
    long staff = staffMember();
    return store
        .find(id)
        .filter(export -> export.requestedBy() == staff)
        .orElseThrow(() -> BrandcloudException.notFound("Export " + id));
  }

  /**
   * A file is kept for a staff member who sees customers (every table names them); an operator or a
   * job has none.
   */
  private static long staffMember() {
    Caller caller = CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    if (caller.userId() == null || caller.role() == null || !caller.role().isStaff()) {
      throw new BrandcloudException(ErrorCode.FORBIDDEN);
    }
    return caller.userId();
  }
}
