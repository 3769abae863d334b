package io.brandcloud.exports.application;

import io.brandcloud.access.Caller;
import io.brandcloud.exports.application.PreparedExportSteps.Job;
import io.brandcloud.exports.domain.PreparedExport;
import io.brandcloud.outbox.DueRounds;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.shared.CoalescedRuns;
import io.brandcloud.shared.Failures;
import io.brandcloud.shared.SpoolFiles;
import io.brandcloud.shared.tables.CountingTableWriter;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Writes the exports staff asked for, one per tenant and round: the table goes, as the database
 * sends it, to a file only the server's user reads, with its rows counted every {@value
 * #COUNT_EVERY} so the page moves, then into the database chunk by chunk, each in a short
 * transaction. Runs when a request is committed and every five seconds for retries, exports whose
 * worker died, and files whose day is over.
 */
@Singleton
// its timer may fire while the deployment still migrates the platform schema
@DependsOn("PlatformStartup")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PreparedExportWorker {

  static final String QUEUE = "prepared-exports";
  static final int COUNT_EVERY = 10_000;

  private static final Logger LOG = Logger.getLogger(PreparedExportWorker.class);
  private static final Caller SYSTEM = Caller.system("prepared-exports");
  private static final int TENANTS_PER_ROUND = 10;

  @EJB WorkDue due;
  @EJB PreparedExportSteps steps;
  @Inject TenantLookup tenants;
  @Resource ManagedExecutorService executor;

  private final CoalescedRuns rounds = new CoalescedRuns("preparing exports", this::round);

  @PreDestroy
  void stop() {
    rounds.stop();
  }

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  public void everyFiveSeconds() {
    nudge();
  }

  /** Asks for a round soon, on a pool thread; never blocks the caller. */
  public void nudge() {
    rounds.ask(executor);
  }

  private boolean round() {
    return DueRounds.run(
        due,
        tenants,
        QUEUE,
        TENANTS_PER_ROUND,
        SYSTEM,
        flag -> writeOne(flag.version()),
        flag -> steps.postpone(flag.version()));
  }

  /** Writes the tenant's next due export; true if there was one (another may wait). */
  private boolean writeOne(long observedVersion) {
    Optional<Job> job = steps.claim(observedVersion);
    job.ifPresent(this::write);
    return job.isPresent();
  }

  private void write(Job job) {
    PreparedExport export = job.export();
    Path file = null;
    try {
      file = SpoolFiles.create("brandcloud-export-", "." + export.format().extension());
      CountingTableWriter table;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        table =
            new CountingTableWriter(
                export.format().writer(out, export.table().sheet()),
                COUNT_EVERY,
                rows -> steps.progress(job.claimed(), rows));
        steps.write(export, table);
      }
      steps.ready(
          job.claimed(),
          table.rows(),
          SpoolFiles.inChunks(
              file,
              PreparedExportSteps.CHUNK_BYTES,
              (position, chunk) -> steps.chunk(job.claimed(), position, chunk)));
    } catch (IOException | RuntimeException e) {
      LOG.warnf("Export %d failed: %s", export.id(), Failures.describe(e));
      steps.failed(job.claimed(), Failures.describe(e));
    } finally {
      SpoolFiles.deleteQuietly(file);
    }
  }
}
