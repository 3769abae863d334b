package io.brandcloud.privacy.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.privacy.domain.DataExport;
import io.brandcloud.privacy.domain.DataExportStatus;
import io.brandcloud.privacy.domain.DataExportStore;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.SecretTokens;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;

/**
 * Copies of a person's data: asked for by the person or by staff for a customer, built by the
 * {@link DataExportWorker}, and downloaded once with the link mailed to the person.
 */
@Stateless
public class DataExports {

  /** How long the mailed link works. */
  public static final Duration LINK_VALID = Duration.ofDays(7);

  static final int LISTED = 10;

  @Inject DataExportStore store;
  @EJB UserAccounts accounts;
  @EJB WorkDue due;
  @EJB DataExportWorker worker;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Resource TransactionSynchronizationRegistry transactions;

  /** The person asks for a copy of their own data. */
  public DataExport request(long userId) {
    AuthenticatedUser user =
        accounts.find(userId).orElseThrow(() -> BrandcloudException.notFound("User " + userId));
    return add(user, userId, false, user.email());
  }

  /** Staff ask for a customer's copy; the link still goes to the customer alone. */
  public DataExport requestFor(long userId, String actor) {
    Caller staff = CurrentCaller.requireStaff(StaffPermission.USERS_UNLOCK);
    return add(customer(userId), staff.userId(), true, actor);
  }

  /** The person's latest exports, newest first. */
  public List<DataExport> of(long userId) {
    return store.ofUser(userId, LISTED).stream().map(e -> e.asOf(clock.now())).toList();
  }

  public List<DataExport> ofCustomer(long userId) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return of(customer(userId).id());
  }

  /** What the link opens: the archive's name, size and how many chunks it is sent in. */
  public record Download(long exportId, String fileName, long size, int chunks) {}

  /**
   * Opens the export the mailed token names, for the person it belongs to, once: a token that is
   * wrong, someone else's, used or run out is refused alike.
   */
  public Download open(long userId, String token) {
    if (token == null || token.isBlank()) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    DataExport export =
        store
            .byToken(SecretTokens.sha256(token.strip()))
            .filter(e -> e.userId() == userId)
            .map(e -> e.asOf(clock.now()))
            .filter(e -> e.status() == DataExportStatus.READY)
            .orElseThrow(() -> new BrandcloudException(ErrorCode.TOKEN_INVALID));
    if (!store.downloaded(export.id(), clock.now())) {
      throw new BrandcloudException(ErrorCode.TOKEN_INVALID);
    }
    AuthenticatedUser user = accounts.find(userId).orElseThrow();
    audit.record(user.email(), "data_export.downloaded", "user " + userId, "export " + export.id());
    return new Download(
        export.id(),
        "data-export-" + export.requestedAt().toString().substring(0, 10) + ".zip",
        export.sizeBytes(),
        store.chunkCount(export.id()));
  }

  /** One chunk of an opened download, each read in its own short transaction. */
  public byte[] chunk(Download download, int position) {
    return store.chunk(download.exportId(), position);
  }

  /** The archive was sent: nothing of it is kept. */
  public void sent(Download download) {
    store.dropChunks(download.exportId());
  }

  /** The download broke off: the link works again until it runs out. */
  public void notSent(Download download) {
    store.reopen(download.exportId());
  }

  private DataExport add(AuthenticatedUser user, Long requestedBy, boolean byStaff, String actor) {
    long id =
        store
            .add(user.id(), requestedBy, byStaff, clock.now())
            .orElseThrow(
                () ->
                    new BrandcloudException(
                        ErrorCode.CONFLICT,
                        "A copy of this account's data is being prepared already; the link comes"
                            + " by mail when it is ready"));
    due.flag(DataExportWorker.QUEUE, Duration.ZERO);
    AfterCommit.run(transactions, worker::nudge);
    audit.record(actor, "data_export.requested", "user " + user.id(), byStaff ? "by staff" : null);
    return store.find(id).orElseThrow();
  }

  private AuthenticatedUser customer(long userId) {
    return accounts
        .find(userId)
        .filter(user -> !user.role().isStaff())
        .orElseThrow(() -> BrandcloudException.notFound("Customer user " + userId));
  }
}
