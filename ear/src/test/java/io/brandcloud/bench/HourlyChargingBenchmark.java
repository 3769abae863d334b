package io.brandcloud.bench;

import io.brandcloud.tenancy.TenantSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One hour of charging for many tenants through the real job, against the floor measured in the
 * same run.
 *
 * <p>Seeds {@code brandcloud_bench} (tenant schemas through the real migrations), charges hour H0
 * with the floor (one set-based statement per schema, two threads, plain JDBC), then starts the
 * provisioned WildFly with the EAR and charges hour H0+1 through the {@code hourly-charging} job,
 * which inserts the same number of rows. Before each phase the charging tables are vacuumed and
 * analysed and the database checkpointed, so both phases start from the same state. Prints {@code
 * hourly-charging servers=… tenants=… job_s=… floor_s=… ratio=…}.
 */
public final class HourlyChargingBenchmark {

  private static final String DB = "brandcloud_bench";
  private static final Instant H0 = PanelHarness.H0;
  private static final int PORT_OFFSET = 300;

  private final int tenants = Integer.getInteger("bench.tenants", 1000);
  private final int serversPerTenant = Integer.getInteger("bench.servers", 1000);
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
    panel.settle();
    double floor = floor();
    System.out.printf(
        "floor charged %d server-hours in %.2f s%n", tenants * serversPerTenant, floor);
    panel.settle();
    Process wildfly = panel.startServer();
    try {
      double job = panel.chargeThroughJob(H0.plus(Duration.ofHours(1)).plusSeconds(60));
      long charged = panel.countCharges();
      if (charged != 2L * tenants * serversPerTenant) {
        throw new IllegalStateException(
            "Expected " + 2L * tenants * serversPerTenant + " charges, found " + charged);
      }
      System.out.printf(
          "hourly-charging servers=%d tenants=%d job_s=%.2f floor_s=%.2f ratio=%.2f%n",
          tenants * serversPerTenant, tenants, job, floor, job / floor);
    } finally {
      panel.stopServer(wildfly);
    }
  }

  /** The floor: hour H0 for every schema, one statement each, two threads, nothing else. */
  private double floor() throws Exception {
    String sql =
        """
        WITH charged AS (
          INSERT INTO usage_charges (server_id, wallet_id, period_start, amount, created_at)
          SELECT s.id, w.id, ?, s.hourly_price, now()
          FROM servers s JOIN wallets w ON w.organisation_id = s.organisation_id
          WHERE s.status = 'RUNNING'
          ON CONFLICT (server_id, period_start) DO NOTHING
          RETURNING id, wallet_id, amount
        ), ledger AS (
          INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, created_by, created_at)
          SELECT wallet_id, 'USAGE_CHARGE', -amount, 'usage:' || id, 'floor', 'bench', now() FROM charged
        ), debited AS (
          UPDATE wallets w SET balance = w.balance - t.total
          FROM (SELECT wallet_id, sum(amount) AS total FROM charged GROUP BY wallet_id) t
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
                    statement.setObject(1, H0.atOffset(ZoneOffset.UTC));
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
