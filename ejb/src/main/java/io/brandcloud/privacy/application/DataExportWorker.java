package io.brandcloud.privacy.application;

import io.brandcloud.access.Caller;
import io.brandcloud.outbox.DueRounds;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.privacy.domain.DataExportStore.Claimed;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.CoalescedRuns;
import io.brandcloud.shared.Failures;
import io.brandcloud.shared.SpoolFiles;
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
 * Builds the data exports people asked for, one at a time per round and tenant: the archive is
 * written to a file only the server's user reads, with no transaction open, then stored and
 * announced in a short one. Runs when a request is committed and every five seconds for retries and
 * exports whose builder died.
 */
@Singleton
// its timer may fire while the deployment still migrates the platform schema
@DependsOn("PlatformStartup")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataExportWorker {

  static final String QUEUE = "data-exports";

  private static final Logger LOG = Logger.getLogger(DataExportWorker.class);
  private static final Caller SYSTEM = Caller.system("data-exports");
  private static final int TENANTS_PER_ROUND = 10;

  @EJB WorkDue due;
  @EJB DataExportSteps steps;
  @Inject DataExportArchive archive;
  @Inject TenantLookup tenants;
  @Inject ApplicationClock clock;
  @Resource ManagedExecutorService executor;

  private final CoalescedRuns rounds = new CoalescedRuns("building data exports", this::round);

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
        flag -> buildOne(flag.version()),
        flag -> steps.postpone(flag.version()));
  }

  /** Builds the tenant's next due export; true if there was one (another may wait). */
  private boolean buildOne(long observedVersion) {
    Optional<Claimed> claimed = steps.claim(observedVersion);
    claimed.ifPresent(this::build);
    return claimed.isPresent();
  }

  private void build(Claimed claimed) {
    Path file = null;
    try {
      file = SpoolFiles.create("brandcloud-data-export-", ".zip");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        archive.write(claimed.userId(), clock.now(), out, done -> steps.progress(claimed, done));
      }
      steps.ready(
          claimed,
          SpoolFiles.inChunks(
              file,
              DataExportSteps.CHUNK_BYTES,
              (position, chunk) -> steps.chunk(claimed, position, chunk)));
    } catch (IOException | RuntimeException e) {
      LOG.warnf("Data export %d failed: %s", claimed.id(), Failures.describe(e));
      steps.failed(claimed, Failures.describe(e));
    } finally {
      SpoolFiles.deleteQuietly(file);
    }
  }
}
