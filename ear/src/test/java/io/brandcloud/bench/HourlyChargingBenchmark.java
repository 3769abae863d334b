package io.brandcloud.bench;

import io.brandcloud.tenancy.SchemaMigrator;
import io.brandcloud.tenancy.TenantSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hour of charging for many tenants through the real job, against the floor measured in the
 * same run.
 *
 * <p>Seeds {@code brandcloud_bench} (tenant schemas through the real migrations), charges hour H0
 * with the floor (one set-based statement per schema, two threads, plain JDBC), then starts the
 * provisioned WildFly with the EAR and charges hour H0+1 through the {@code hourly-charging} job,
 * which inserts the same number of rows. Prints {@code hourly-charging servers=… tenants=… job_s=…
 * floor_s=… ratio=…}.
 */
public final class HourlyChargingBenchmark {

  private static final String DB = "brandcloud_bench";
  private static final Instant H0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final int PORT_OFFSET = 300;
  private static final String OPERATOR = "operator@brandcloud.local:bench-operator-pass";

  private final String host = System.getProperty("bench.db.host", "127.0.0.1:5432");
  private final int tenants = Integer.getInteger("bench.tenants", 1000);
  private final int serversPerTenant = Integer.getInteger("bench.servers", 1000);
  private final int customersPerTenant = Integer.getInteger("bench.customers", 100);
  private final Path target = Path.of(System.getProperty("bench.target", "target"));
  private final Path server = target.resolve("server");

  private HourlyChargingBenchmark() {}

  public static void main(String[] args) throws Exception {
    new HourlyChargingBenchmark().run();
  }

  private void run() throws Exception {
    long seedStarted = System.nanoTime();
    seed();
    System.out.printf(
        "seeded tenants=%d servers=%d in %d s%n",
        tenants, tenants * serversPerTenant, (System.nanoTime() - seedStarted) / 1_000_000_000);
    double floor = floor();
    System.out.printf(
        "floor charged %d server-hours in %.2f s%n", tenants * serversPerTenant, floor);
    Process wildfly = startServer();
    try {
      double job = chargeThroughJob(H0.plus(Duration.ofHours(1)).plusSeconds(60));
      long charged = countCharges();
      if (charged != 2L * tenants * serversPerTenant) {
        throw new IllegalStateException(
            "Expected " + 2L * tenants * serversPerTenant + " charges, found " + charged);
      }
      System.out.printf(
          "hourly-charging servers=%d tenants=%d job_s=%.2f floor_s=%.2f ratio=%.2f%n",
          tenants * serversPerTenant, tenants, job, floor, job / floor);
    } finally {
      stopServer(wildfly);
    }
  }

  private void seed() throws Exception {
    try (Connection admin = connect("postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DB);
    }
    SchemaMigrator migrator = new SchemaMigrator();
    try (Connection connection = connect(DB)) {
      migrator.migratePlatform(connection);
      for (int i = 0; i < tenants; i++) {
        String slug = "bench" + i;
        insertTenant(connection, slug);
        TenantSchema schema = TenantSchema.forSlug(slug);
        migrator.migrateTenant(connection, schema);
        seedTenant(connection, schema);
        if (i % 100 == 99) {
          System.out.printf("  %d tenants seeded%n", i + 1);
        }
      }
    }
  }

  private static void insertTenant(Connection connection, String slug) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO platform.tenants (slug, name, status, currency, time_zone, product_name,"
                + " primary_color, created_at) VALUES (?, ?, 'ACTIVE', 'EUR', 'UTC', ?, '#495057', now())")) {
      insert.setString(1, slug);
      insert.setString(2, "Bench " + slug);
      insert.setString(3, "Bench " + slug);
      insert.executeUpdate();
    }
  }

  private void seedTenant(Connection connection, TenantSchema schema) throws SQLException {
    OffsetDateTime start = H0.atOffset(ZoneOffset.UTC);
    connection.setSchema(schema.name());
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO provider_connections (name, type, created_at) VALUES ('Simulator', 'SIMULATOR', now())");
      statement.execute(
          "INSERT INTO plans (name, connection_id, provider_plan_code, provider_monthly_cost, markup_percent,"
              + " monthly_price, hourly_price, currency, created_at)"
              + " VALUES ('Small', 1, 'sim-1', 5, 46, 7.30, 0.01, 'EUR', now())");
      statement.execute(
          "INSERT INTO users (email, display_name, role, password_hash, created_at) SELECT 'c' || g"
              + " || '@bench.test', 'Customer ' || g, 'CUSTOMER', 'not-a-login', now()"
              + " FROM generate_series(1, "
              + customersPerTenant
              + ") g");
      statement.execute(
          "INSERT INTO organisations (id, name, personal, created_by, created_at)"
              + " SELECT id, display_name, TRUE, id, now() FROM users");
      statement.execute(
          "INSERT INTO organisation_members (organisation_id, user_id, role, joined_at)"
              + " SELECT id, id, 'OWNER', now() FROM users");
      statement.execute(
          "INSERT INTO wallets (organisation_id, currency, balance, created_at)"
              + " SELECT id, 'EUR', 1000, now() FROM organisations");
      statement.execute(
          "INSERT INTO ledger_entries (wallet_id, type, amount, reference, description, created_by,"
              + " created_at) SELECT id, 'TOP_UP', 1000, 'seed:' || id, 'Seed', 'bench', now() FROM wallets");
    }
    try (PreparedStatement servers =
        connection.prepareStatement(
            "INSERT INTO servers (organisation_id, plan_id, connection_id, hostname, region, image, status,"
                + " external_id, hourly_price, created_at, billable_from)"
                + " SELECT 1 + (g - 1) % ?, 1, 1, 's' || g, 'sim-ams1', 'debian-12', 'RUNNING', 'sim-' || g,"
                + " 0.01, ?, ? FROM generate_series(1, ?) g")) {
      servers.setInt(1, customersPerTenant);
      servers.setObject(2, start);
      servers.setObject(3, start);
      servers.setInt(4, serversPerTenant);
      servers.executeUpdate();
    }
    connection.setSchema(TenantSchema.PLATFORM);
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
                try (Connection connection = connect(DB);
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

  private Process startServer() throws Exception {
    Path deployments = server.resolve("standalone/deployments");
    Files.copy(
        target.resolve("brandcloud.ear"),
        deployments.resolve("brandcloud.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(deployments.resolve("brandcloud.ear.failed"));
    ProcessBuilder builder =
        new ProcessBuilder(
                server.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET)
            .redirectErrorStream(true)
            .redirectOutput(target.resolve("bench-server.log").toFile());
    builder.environment().put("DB_URL", "jdbc:postgresql://" + host + "/" + DB);
    builder.environment().put("BRANDCLOUD_OPERATOR_PASSWORD", OPERATOR.split(":")[1]);
    builder.environment().put("PASSWORD_HASH_ITERATIONS", "1024");
    builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    builder
        .environment()
        .put("JBOSS_PIDFILE", target.resolve("bench-server.pid").toAbsolutePath().toString());
    Process process = builder.start();
    long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
    while (!Files.exists(deployments.resolve("brandcloud.ear.deployed"))) {
      if (Files.exists(deployments.resolve("brandcloud.ear.failed"))
          || System.nanoTime() > deadline) {
        throw new IllegalStateException("Deployment failed; see target/bench-server.log");
      }
      Thread.sleep(500); // waiting for an external process, not a test
    }
    return process;
  }

  private double chargeThroughJob(Instant chargeAt) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/api/platform/v1/jobs/";
    String auth =
        "Basic " + Base64.getEncoder().encodeToString(OPERATOR.getBytes(StandardCharsets.UTF_8));
    long started = System.nanoTime();
    HttpResponse<String> accepted =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "hourly-charging"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"chargeAt\":\"" + chargeAt + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (accepted.statusCode() != 202) {
      throw new IllegalStateException("Could not start the job: " + accepted.body());
    }
    Matcher id = Pattern.compile("\"executionId\":(\\d+)").matcher(accepted.body());
    id.find();
    while (true) {
      String status =
          client
              .send(
                  HttpRequest.newBuilder(URI.create(base + "executions/" + id.group(1)))
                      .header("Authorization", auth)
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      if (status.contains("\"COMPLETED\"")) {
        return (System.nanoTime() - started) / 1e9;
      }
      if (status.contains("FAILED") || status.contains("STOPPED") || status.contains("ABANDONED")) {
        throw new IllegalStateException("Job did not complete: " + status);
      }
      Thread.sleep(100); // polling an external process
    }
  }

  private long countCharges() throws SQLException {
    long total = 0;
    try (Connection connection = connect(DB);
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < tenants; i++) {
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM " + TenantSchema.forSlug("bench" + i) + ".usage_charges")) {
          rows.next();
          total += rows.getLong(1);
        }
      }
    }
    return total;
  }

  private void stopServer(Process wildfly) throws Exception {
    Path pid = target.resolve("bench-server.pid");
    if (Files.exists(pid)) {
      new ProcessBuilder("kill", Files.readString(pid).trim()).start().waitFor();
    }
    wildfly.waitFor();
    Path deployments = server.resolve("standalone/deployments");
    Files.deleteIfExists(deployments.resolve("brandcloud.ear"));
    Files.deleteIfExists(deployments.resolve("brandcloud.ear.deployed"));
  }

  private Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + host + "/" + database,
        System.getProperty("bench.db.user", "postgres"),
        System.getProperty("bench.db.password", "postgres"));
  }
}
