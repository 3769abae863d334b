package io.brandcloud.bench;

import io.brandcloud.tenancy.TenantSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hours of charging for many tenants through the real job, against the floor measured in the same
 * run.
 *
 * <p>Seeds {@code brandcloud_bench} (tenant schemas through the real migrations), then runs {@code
 * bench.rounds} rounds (default 3). Round {@code r} charges hour {@code H0+2r} with the floor (one
 * set-based statement per schema, two threads, plain JDBC) and hour {@code H0+2r+1} through the
 * {@code hourly-charging} job of the provisioned WildFly, started before the first job and kept up,
 * as production keeps it between hourly runs. Both insert the same number of rows. Before each
 * phase the charging tables are vacuumed and analysed and the database checkpointed, so both phases
 * start from the same state. Seeding takes most of the run; the rounds are what make the figure
 * repeatable on a machine whose disk and neighbours vary. Prints each round, then {@code
 * hourly-charging servers=… tenants=… rounds=… job_s=… floor_s=… ratio=…} of the round with the
 * median ratio.
 */
public final class HourlyChargingBenchmark {

  private static final String DB = "brandcloud_bench";
  private static final Instant H0 = PanelHarness.H0;
  private static final int PORT_OFFSET = 300;

  private final int tenants = Integer.getInteger("bench.tenants", 1000);
  private final int serversPerTenant = Integer.getInteger("bench.servers", 1000);
  private final int rounds = Math.max(1, Integer.getInteger("bench.rounds", 3));
  private final PanelHarness panel =
      new PanelHarness(
          DB, PORT_OFFSET, tenants, serversPerTenant, Integer.getInteger("bench.customers", 100));

  private HourlyChargingBenchmark() {}

  public static void main(String[] args) throws Exception {
    new HourlyChargingBenchmark().run();
  }

  private void run() throws Exception {
    long seedStarted = System.nanoTime();
    panel.seed();
    System.out.printf(
        "seeded tenants=%d servers=%d in %d s%n",
        tenants, tenants * serversPerTenant, (System.nanoTime() - seedStarted) / 1_000_000_000);
    List<Round> measured = new ArrayList<>();
    Process wildfly = null;
    try {
      for (int round = 0; round < rounds; round++) {
        panel.settle();
        double floor = floor(H0.plus(Duration.ofHours(2L * round)));
        panel.settle();
        if (wildfly == null) {
          wildfly = panel.startServer();
        }
        double job =
            panel.chargeThroughJob(H0.plus(Duration.ofHours(2L * round + 1)).plusSeconds(60));
        measured.add(new Round(floor, job));
        System.out.printf(
            "round %d%s: floor_s=%.2f job_s=%.2f ratio=%.2f%n",
            round + 1, round == 0 ? " (server just started)" : "", floor, job, job / floor);
      }
      requireEveryHourChargedOnce();
    } finally {
      if (wildfly != null) {
        panel.stopServer(wildfly);
      }
    }
    Round median = medianByRatio(measured);
    System.out.printf(
        "hourly-charging servers=%d tenants=%d rounds=%d job_s=%.2f floor_s=%.2f ratio=%.2f%n",
        tenants * serversPerTenant, tenants, rounds, median.job(), median.floor(), median.ratio());
  }

  /** A floor and the job right after it, on the same amount of data. */
  private record Round(double floor, double job) {
    double ratio() {
      return job / floor;
    }
  }

  /**
   * The round with the median ratio (the slower of the middle two for an even count): a job is only
   * ever compared with the floor measured just before it, as the tables grow by two hours of
   * charges a round.
   */
  private static Round medianByRatio(List<Round> measured) {
    List<Round> sorted =
        measured.stream().sorted(Comparator.comparingDouble(Round::ratio)).toList();
    return sorted.get(sorted.size() / 2);
  }

  private void requireEveryHourChargedOnce() throws SQLException {
    long expected = 2L * rounds * tenants * serversPerTenant;
    long charged = panel.countCharges();
    if (charged != expected) {
      throw new IllegalStateException("Expected " + expected + " charges, found " + charged);
    }
    long snapshots = 2L * rounds * tenants * (serversPerTenant / PanelHarness.SERVERS_PER_SNAPSHOT);
    long snapshotsCharged = panel.countSnapshotCharges();
    if (snapshotsCharged != snapshots) {
      throw new IllegalStateException(
          "Expected " + snapshots + " snapshot charges, found " + snapshotsCharged);
    }
    long volumes = 2L * rounds * tenants * (serversPerTenant / PanelHarness.SERVERS_PER_VOLUME);
    long volumesCharged = panel.countVolumeCharges();
    if (volumesCharged != volumes) {
      throw new IllegalStateException(
          "Expected " + volumes + " volume charges, found " + volumesCharged);
    }
    long addresses = 2L * rounds * tenants * (serversPerTenant / PanelHarness.SERVERS_PER_ADDRESS);
    long addressesCharged = panel.countAddressCharges();
    if (addressesCharged != addresses) {
      throw new IllegalStateException(
          "Expected " + addresses + " address charges, found " + addressesCharged);
    }
  }

  /**
   * The floor: {@code hour} for every schema, its servers, their snapshots, the volumes and the
   * extra addresses, one statement each, two threads, nothing else.
   */
  private double floor(Instant hour) throws Exception {
    String sql =
        """
        WITH charged AS (
          INSERT INTO usage_charges (server_id, wallet_id, period_start, amount, plan_id, created_at)
          SELECT s.id, w.id, ?, s.hourly_price, s.plan_id, now()
          FROM servers s JOIN wallets w ON w.organisation_id = s.organisation_id
          WHERE s.status = 'RUNNING'
          ON CONFLICT (server_id, period_start) DO NOTHING
          RETURNING id, wallet_id, amount
        ), ledger AS (
          INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, created_by, created_at)
          SELECT wallet_id, 'USAGE_CHARGE', -amount, 'usage:' || id, 'floor', 'bench', now() FROM charged
        ), snapshot_charged AS (
          INSERT INTO snapshot_charges (snapshot_id, wallet_id, period_start, amount, created_at)
          SELECT p.id, w.id, ?, p.hourly_price, now()
          FROM server_snapshots p JOIN servers s ON s.id = p.server_id
          JOIN wallets w ON w.organisation_id = s.organisation_id
          WHERE p.billed_until IS NULL
          ON CONFLICT (snapshot_id, period_start) DO NOTHING
          RETURNING id, wallet_id, amount
        ), snapshot_ledger AS (
          INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, created_by, created_at)
          SELECT wallet_id, 'USAGE_CHARGE', -amount, 'snapshot:' || id, 'floor', 'bench', now()
          FROM snapshot_charged
        ), volume_charged AS (
          INSERT INTO volume_charges (volume_id, wallet_id, period_start, amount, created_at)
          SELECT v.id, w.id, ?, v.hourly_price, now()
          FROM volumes v JOIN wallets w ON w.organisation_id = v.organisation_id
          WHERE v.billed_until IS NULL
          ON CONFLICT (volume_id, period_start) DO NOTHING
          RETURNING id, wallet_id, amount
        ), volume_ledger AS (
          INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, created_by, created_at)
          SELECT wallet_id, 'USAGE_CHARGE', -amount, 'volume:' || id, 'floor', 'bench', now()
          FROM volume_charged
        ), address_charged AS (
          INSERT INTO address_charges (address_id, wallet_id, period_start, amount, created_at)
          SELECT a.id, w.id, ?, a.hourly_price, now()
          FROM extra_addresses a JOIN wallets w ON w.organisation_id = a.organisation_id
          WHERE a.billed_until IS NULL
          ON CONFLICT (address_id, period_start) DO NOTHING
          RETURNING id, wallet_id, amount
        ), address_ledger AS (
          INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, created_by, created_at)
          SELECT wallet_id, 'USAGE_CHARGE', -amount, 'address:' || id, 'floor', 'bench', now()
          FROM address_charged
        ), debited AS (
          UPDATE wallets w SET balance = w.balance - t.total
          FROM (SELECT wallet_id, sum(amount) AS total FROM
                  (SELECT wallet_id, amount FROM charged
                   UNION ALL SELECT wallet_id, amount FROM snapshot_charged
                   UNION ALL SELECT wallet_id, amount FROM volume_charged
                   UNION ALL SELECT wallet_id, amount FROM address_charged) c
                GROUP BY wallet_id) t
          WHERE w.id = t.wallet_id
        )
        SELECT count(*) FROM charged
        """;
    AtomicInteger next = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    long started = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      workers.add(
          threads.submit(
              () -> {
                try (Connection connection = panel.connect(DB);
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                  for (int i = next.getAndIncrement(); i < tenants; i = next.getAndIncrement()) {
                    connection.setSchema(TenantSchema.forSlug("bench" + i).name());
                    statement.setObject(1, hour.atOffset(ZoneOffset.UTC));
                    statement.setObject(2, hour.atOffset(ZoneOffset.UTC));
                    statement.setObject(3, hour.atOffset(ZoneOffset.UTC));
                    statement.setObject(4, hour.atOffset(ZoneOffset.UTC));
                    try (ResultSet rows = statement.executeQuery()) {
                      rows.next();
                    }
                  }
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    threads.shutdown();
    return (System.nanoTime() - started) / 1e9;
  }
}
