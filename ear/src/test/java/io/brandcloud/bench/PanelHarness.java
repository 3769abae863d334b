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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A seeded panel for whole-server measurements and checks: N tenants × M running servers through
 * the real migrations and bulk SQL, the provisioned WildFly started as a separate process, charging
 * started over the operator API.
 */
final class PanelHarness {

  static final Instant H0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final String OPERATOR = "operator@brandcloud.local:bench-operator-pass";
  private static final String SECRET_KEY = throwAwayKey();
  private static final List<String> CHARGING_TABLES =
      List.of(
          "servers",
          "wallets",
          "usage_charges",
          "server_snapshots",
          "snapshot_charges",
          "volumes",
          "volume_charges",
          "extra_addresses",
          "address_charges",
          "ledger_entries",
          "charging_watermark",
          "tenant_settings");

  static final int SERVERS_PER_SNAPSHOT = 10;
  static final int SERVERS_PER_VOLUME = 20;
  static final int SERVERS_PER_ADDRESS = 25;

  final String db;
  final int tenants;
  final int serversPerTenant;
  private final int customersPerTenant;
  private final int portOffset;
  private final String host = System.getProperty("bench.db.host", "127.0.0.1:5432");
  private final Path target = Path.of(System.getProperty("bench.target", "target"));
  private final Path server = target.resolve("server");
  private final HttpClient client = HttpClient.newHttpClient();

  PanelHarness(
      String db, int portOffset, int tenants, int serversPerTenant, int customersPerTenant) {
    this.db = db;
    this.portOffset = portOffset;
    this.tenants = tenants;
    this.serversPerTenant = serversPerTenant;
    this.customersPerTenant = customersPerTenant;
  }

  void seed() throws Exception {
    recreateDatabase();
    SchemaMigrator migrator = new SchemaMigrator();
    try (Connection connection = connect(db)) {
      migrator.migratePlatform(connection);
    }
    long started = System.nanoTime();
    for (int i = 0; i < tenants; i++) {
      // a connection per tenant: one backend that creates every schema keeps what it made in its
      // catalogue caches, and its 450th tenant took six times as long as its first
      try (Connection connection = connect(db)) {
        String slug = "bench" + i;
        insertTenant(connection, slug);
        TenantSchema schema = TenantSchema.forSlug(slug);
        migrator.migrateTenant(connection, schema);
        seedTenant(connection, schema);
      }
      if (i % 100 == 99) {
        System.out.printf(
            "  %d tenants seeded in %d s%n", i + 1, (System.nanoTime() - started) / 1_000_000_000);
      }
    }
  }

  private static String throwAwayKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return java.util.Base64.getEncoder().encodeToString(key);
  }

  /** An empty database of this name, whatever an earlier run left. */
  void recreateDatabase() throws SQLException {
    try (Connection admin = connect("postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + db);
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
    // one server in ten keeps a snapshot, charged in the same run as the servers
    try (PreparedStatement snapshots =
        connection.prepareStatement(
            "INSERT INTO server_snapshots (server_id, external_id, name, taken_at, size_gb,"
                + " hourly_price, billable_from) SELECT id, 'sim-snap-' || id, hostname || '-snap', ?,"
                + " 6.25, 0.000625, ? FROM servers WHERE id % "
                + SERVERS_PER_SNAPSHOT
                + " = 0")) {
      snapshots.setObject(1, start);
      snapshots.setObject(2, start);
      snapshots.executeUpdate();
    }
    // one server in twenty has a 10 GB volume, charged in the same run too
    try (PreparedStatement volumes =
        connection.prepareStatement(
            "INSERT INTO volumes (organisation_id, connection_id, region, server_id, name,"
                + " provider_name, external_id, size_gb, status, gb_month_price, hourly_price,"
                + " billable_from, created_at) SELECT organisation_id, 1, region, id,"
                + " hostname || '-vol', 'bc-vol-' || id, 'sim-vol-' || id, 10, 'ATTACHED', 0.10,"
                + " 0.001370, ?, ? FROM servers WHERE id % "
                + SERVERS_PER_VOLUME
                + " = 0")) {
      volumes.setObject(1, start);
      volumes.setObject(2, start);
      volumes.executeUpdate();
    }
    // one server in twenty-five has an extra IPv4 address, charged in the same run too
    try (PreparedStatement addresses =
        connection.prepareStatement(
            "INSERT INTO extra_addresses (organisation_id, server_id, address, status,"
                + " month_price, hourly_price, billable_from, created_at)"
                + " SELECT organisation_id, id, '203.0.113.' || (1 + id % 254), 'ACTIVE', 3.00,"
                + " 0.004110, ?, ? FROM servers WHERE id % "
                + SERVERS_PER_ADDRESS
                + " = 0")) {
      addresses.setObject(1, start);
      addresses.setObject(2, start);
      addresses.executeUpdate();
    }
    connection.setSchema(TenantSchema.PLATFORM);
  }

  /**
   * Puts the database in the same state before each measured phase: statistics on every table
   * charging touches (as autovacuum keeps them in production), nothing left for autovacuum to do
   * about the previous phase, and no dirty pages from it waiting for a checkpoint. Neither phase
   * then pays for the other's maintenance.
   */
  void settle() throws SQLException {
    try (Connection connection = connect(db);
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < tenants; i++) {
        String schema = TenantSchema.forSlug("bench" + i).name();
        statement.execute(
            "VACUUM (ANALYZE) "
                + CHARGING_TABLES.stream()
                    .map(table -> schema + "." + table)
                    .collect(Collectors.joining(", ")));
      }
      statement.execute("CHECKPOINT");
    }
  }

  /** The server as the seeded benchmarks run it: cheap password hashes, no demo tenants. */
  Process startServer() throws Exception {
    return startServer(Map.of("PASSWORD_HASH_ITERATIONS", "1024"));
  }

  /**
   * Starts the provisioned WildFly with {@code settings} as environment variables on top of the
   * database and operator; the {@code bench.BATCH_THREADS}-style system properties win over both.
   * Password hashing and JVM options come only from here, never from the caller's shell, so a
   * benchmark measures what it says it does. Returns once the EAR is deployed; stops the server if
   * it is not.
   */
  Process startServer(Map<String, String> settings) throws Exception {
    Path deployments = server.resolve("standalone/deployments");
    Files.copy(
        target.resolve("brandcloud.ear"),
        deployments.resolve("brandcloud.ear"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(deployments.resolve("brandcloud.ear.failed"));
    // left behind by a server that was killed, they would pass for this start's
    Files.deleteIfExists(deployments.resolve("brandcloud.ear.deployed"));
    Files.deleteIfExists(target.resolve(db + "-server.pid"));
    ProcessBuilder builder =
        new ProcessBuilder(
                server.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog().toFile()));
    Map<String, String> environment = builder.environment();
    environment.remove("PASSWORD_HASH_ITERATIONS");
    environment.remove("JAVA_OPTS");
    environment.remove("JBOSS_JAVA_SIZING");
    environment.remove("PREPEND_JAVA_OPTS");
    environment.put("DB_URL", "jdbc:postgresql://" + host + "/" + db);
    environment.put("BRANDCLOUD_OPERATOR_PASSWORD", OPERATOR.split(":")[1]);
    // sealing secrets (root passwords, tokens) needs a key; a throw-away one per run, as in the
    // tests
    environment.put("BRANDCLOUD_SECRET_KEY", SECRET_KEY);
    environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    // the schedule would change the seeded data under the measurement (provider reconciliation
    // deletes servers the simulator never built) and run beside it
    environment.put("BRANDCLOUD_SCHEDULED_JOBS", "off");
    environment.putAll(settings);
    for (String setting :
        new String[] {
          "BATCH_THREADS", "BATCH_PARTITION_THREADS", "JBOSS_JAVA_SIZING", "PREPEND_JAVA_OPTS"
        }) {
      String value = System.getProperty("bench." + setting);
      if (value != null) {
        environment.put(setting, value);
      }
    }
    environment.put(
        "JBOSS_PIDFILE", target.resolve(db + "-server.pid").toAbsolutePath().toString());
    Process process = builder.start();
    try {
      long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
      while (!Files.exists(deployments.resolve("brandcloud.ear.deployed"))) {
        if (Files.exists(deployments.resolve("brandcloud.ear.failed"))
            || !process.isAlive()
            || System.nanoTime() > deadline) {
          throw new IllegalStateException("Deployment failed; see " + serverLog());
        }
        Thread.sleep(500); // waiting for an external process, not a test
      }
    } catch (Exception e) {
      try {
        stopServer(process);
      } catch (Exception stopping) {
        e.addSuppressed(stopping);
      }
      throw e;
    }
    return process;
  }

  /** Where the server started for this database writes its console output. */
  Path serverLog() {
    return target.resolve(db + "-server.log");
  }

  /** The HTTP port of the server started for this database. */
  int httpPort() {
    return 8080 + portOffset;
  }

  /** Charges up to {@code chargeAt} through the real job and returns the seconds it took. */
  double chargeThroughJob(Instant chargeAt) throws Exception {
    return runJob("hourly-charging", "{\"chargeAt\":\"" + chargeAt + "\"}");
  }

  /**
   * Asks for the charging run up to {@code chargeAt} again and waits for it to end: the new run, or
   * the run of that instant still under way (a node took it over), which the 409 names. Returns the
   * status document of the run that ended.
   */
  String chargeAgain(Instant chargeAt) throws Exception {
    return runAgain("hourly-charging", "{\"chargeAt\":\"" + chargeAt + "\"}");
  }

  /**
   * Asks for a run of {@code job} again and waits for it to end: the new run, or the one still
   * under way (a node took it over), which the 409 names.
   */
  String runAgain(String job, String request) throws Exception {
    HttpResponse<String> answer = postJob(job, request);
    if (answer.statusCode() != 202
        && !(answer.statusCode() == 409 && answer.body().contains("\"job_running\""))) {
      throw new IllegalStateException("Could not charge again: " + answer.body());
    }
    return awaitEnd(executionId(answer.body()));
  }

  /** Starts the hourly-charging job over the operator API and returns its execution id. */
  String startCharging(Instant chargeAt) throws Exception {
    return startJob("hourly-charging", "{\"chargeAt\":\"" + chargeAt + "\"}");
  }

  /**
   * Runs a job through the operator API to its end and returns the seconds from the request to the
   * end time the job repository recorded, so the figure does not depend on how often we ask.
   */
  double runJob(String job, String request) throws Exception {
    Instant requested = Instant.now();
    String status = awaitEnd(startJob(job, request));
    if (!status.contains("\"COMPLETED\"")) {
      throw new IllegalStateException("Job did not complete: " + status);
    }
    Matcher ended = Pattern.compile("\"endedAt\":\"([^\"]+)\"").matcher(status);
    if (!ended.find()) {
      throw new IllegalStateException("No end time in " + status);
    }
    return Duration.between(requested, Instant.parse(ended.group(1))).toNanos() / 1e9;
  }

  /**
   * Calls the panel's API as {@code authorization} and returns the answer's body, failing unless
   * the answer is {@code expected}; a null body sends none.
   */
  String call(String authorization, String method, String path, String body, int expected)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort() + path))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  String startJob(String job, String request) throws Exception {
    HttpResponse<String> accepted = postJob(job, request);
    if (accepted.statusCode() != 202) {
      throw new IllegalStateException("Could not start the job: " + accepted.body());
    }
    return executionId(accepted.body());
  }

  private HttpResponse<String> postJob(String job, String request) throws Exception {
    return client.send(
        operatorRequest(job)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(request))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String executionId(String body) {
    Matcher id = Pattern.compile("\"executionId\":(\\d+)").matcher(body);
    if (!id.find()) {
      throw new IllegalStateException("No execution id in " + body);
    }
    return id.group(1);
  }

  /** Polls the execution until it has ended and returns its status document. */
  String awaitEnd(String executionId) throws Exception {
    while (true) {
      String status = executionStatus(executionId);
      if (status.contains("COMPLETED")
          || status.contains("FAILED")
          || status.contains("STOPPED")
          || status.contains("ABANDONED")) {
        return status;
      }
      // each poll costs the server a password check and an audit row: ask seldom, the end time
      // comes from the job repository
      Thread.sleep(1000);
    }
  }

  /** The execution's status document from the operator API. */
  String executionStatus(String executionId) throws Exception {
    return client
        .send(
            operatorRequest("executions/" + executionId).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private HttpRequest.Builder operatorRequest(String path) {
    String auth =
        "Basic " + Base64.getEncoder().encodeToString(OPERATOR.getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + (8080 + portOffset) + "/api/platform/v1/jobs/" + path))
        .header("Authorization", auth);
  }

  /** Where the running server's process id is written. */
  Path pidFile() {
    return target.resolve(db + "-server.pid");
  }

  /** Sends the server's JVM a signal, e.g. {@code STOP} to freeze it and {@code CONT} to resume. */
  void signal(String name) throws Exception {
    Path pid = target.resolve(db + "-server.pid");
    new ProcessBuilder("kill", "-" + name, Files.readString(pid).trim()).start().waitFor();
  }

  /** Kills the server's JVM without any chance to clean up, as a power cut would. */
  void kill9(Process wildfly) throws Exception {
    Path pid = target.resolve(db + "-server.pid");
    new ProcessBuilder("kill", "-9", Files.readString(pid).trim()).start().waitFor();
    wildfly.waitFor();
    Files.deleteIfExists(pid);
    Path deployments = server.resolve("standalone/deployments");
    Files.deleteIfExists(deployments.resolve("brandcloud.ear.deployed"));
  }

  /** Wallets whose balance differs from the sum of their ledger, across all tenants. */
  long walletsNotMatchingTheLedger() throws SQLException {
    long drift = 0;
    try (Connection connection = connect(db);
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < tenants; i++) {
        String schema = TenantSchema.forSlug("bench" + i).name();
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM "
                    + schema
                    + ".wallets w WHERE w.balance <> (SELECT coalesce(sum(amount), 0) FROM "
                    + schema
                    + ".ledger_entries l WHERE l.wallet_id = w.id)")) {
          rows.next();
          drift += rows.getLong(1);
        }
      }
    }
    return drift;
  }

  /** Tenants whose charging run for this job execution has been reported. */
  long tenantsReported() throws SQLException {
    try (Connection connection = connect(db);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(DISTINCT tenant_id) FROM platform.charging_runs")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  long countCharges() throws SQLException {
    return countInEveryTenant("usage_charges", "TRUE");
  }

  long countSnapshotCharges() throws SQLException {
    return countInEveryTenant("snapshot_charges", "TRUE");
  }

  long countVolumeCharges() throws SQLException {
    return countInEveryTenant("volume_charges", "TRUE");
  }

  long countAddressCharges() throws SQLException {
    return countInEveryTenant("address_charges", "TRUE");
  }

  /** The rows of a tenant table that match {@code condition}, summed over all tenants. */
  long countInEveryTenant(String table, String condition) throws SQLException {
    long total = 0;
    try (Connection connection = connect(db);
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < tenants; i++) {
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM "
                    + TenantSchema.forSlug("bench" + i)
                    + "."
                    + table
                    + " WHERE "
                    + condition)) {
          rows.next();
          total += rows.getLong(1);
        }
      }
    }
    return total;
  }

  /**
   * Stops the server's JVM and waits for its start script to end; a server still up after two
   * minutes is killed.
   */
  void stopServer(Process wildfly) throws Exception {
    Path pid = target.resolve(db + "-server.pid");
    if (Files.exists(pid)) {
      new ProcessBuilder("kill", Files.readString(pid).trim()).start().waitFor();
    } else {
      wildfly.destroy();
    }
    if (!wildfly.waitFor(2, TimeUnit.MINUTES)) {
      if (Files.exists(pid)) {
        new ProcessBuilder("kill", "-9", Files.readString(pid).trim()).start().waitFor();
      }
      wildfly.destroyForcibly().waitFor();
    }
    Files.deleteIfExists(pid);
    Path deployments = server.resolve("standalone/deployments");
    Files.deleteIfExists(deployments.resolve("brandcloud.ear"));
    Files.deleteIfExists(deployments.resolve("brandcloud.ear.deployed"));
  }

  /**
   * Asks the driver directly: DriverManager only hands out drivers its caller's class loader
   * registered, and the second benchmark of a Maven run has a class loader of its own.
   */
  Connection connect(String database) throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", System.getProperty("bench.db.user", "postgres"));
    login.setProperty("password", System.getProperty("bench.db.password", "postgres"));
    return new org.postgresql.Driver().connect("jdbc:postgresql://" + host + "/" + database, login);
  }
}
