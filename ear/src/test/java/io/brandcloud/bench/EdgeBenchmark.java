package io.brandcloud.bench;

import static org.awaitility.Awaitility.await;

import io.brandcloud.settings.TenantSettings;
import io.brandcloud.tenancy.TenantSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Requests per second and latency at the edge: the servers list over the API with an API key and
 * with a portal session, and the customer dashboard, each against the floor measured in the same
 * run.
 *
 * <p>Starts the provisioned WildFly (port offset 500) on a fresh {@code brandcloud_bench_edge}
 * database with the demo tenants, production password hashing and {@code bench.JBOSS_JAVA_SIZING}
 * (default {@code -Xms1g -Xmx1g}). Through the API it raises {@code acme}'s rate limit to the
 * highest a tenant may set and signs up a customer for each of {@code bench.connections} (default
 * 16) connections (confirmed with the mailed code, credited by the admin), each ordering {@code
 * bench.servers} (default 10) servers and making a {@code read:servers} key, and logs each in to
 * the portal through the login form. Then each endpoint gets that many keep-alive connections from
 * this JVM, each from a loopback address of its own, at least {@code bench.warmup.seconds} (default
 * 40: on 2 cores the JIT needs about half a minute of load to compile the request path; a shorter
 * warm-up measures the compiler) of warm-up and then until the throughput is steady ({@link
 * ClosedLoopLoad}), and {@code bench.seconds} (default 20) measured: the floor, the API's anonymous
 * front door {@code GET /api/v1} (the whole edge, JAX-RS and the rate limit, but no login and no
 * SQL); {@code GET /api/v1/servers} with a key per connection; the same with a session per
 * connection; {@code /portal/index.xhtml} with a session per connection. Any answer other than 2xx
 * in a measured window fails the run. Prints a line per endpoint, the targets, and last {@code edge
 * servers_rps=… servers_p99_ms=… floor_rps=… ratio=… session_rps=… session_p99_ms=… portal_rps=…
 * portal_p95_ms=…}.
 */
public final class EdgeBenchmark {

  private static final String DB = "brandcloud_bench_edge";
  private static final int PORT_OFFSET = 500;
  private static final String SLUG = "acme";
  private static final String BASE = "/t/" + SLUG;
  private static final String CUSTOMER = "customer@acme.example";
  private static final String ADMIN = "admin@acme.example";
  private static final String ADMIN_PASSWORD = "acme-admin-demo";
  private static final String FLOOR_PATH = BASE + "/api/v1";
  private static final String SERVERS_PATH = BASE + "/api/v1/servers";
  private static final String PORTAL_PATH = BASE + "/portal/index.xhtml";
  private static final int MOST_SERVERS_ON_ONE_PAGE = 20;
  private static final String ALL_PHASES = "floor,servers,session,portal";

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern SESSION_COOKIE = Pattern.compile("^JSESSIONID=([^;]+)");

  private final int connections = Math.max(1, Integer.getInteger("bench.connections", 16));
  private final Duration warmup =
      Duration.ofSeconds(Math.max(0, Integer.getInteger("bench.warmup.seconds", 40)));
  private final Duration measured =
      Duration.ofSeconds(Math.max(1, Integer.getInteger("bench.seconds", 20)));
  private final int servers =
      Math.max(1, Math.min(MOST_SERVERS_ON_ONE_PAGE, Integer.getInteger("bench.servers", 10)));
  private final String sizing = System.getProperty("bench.JBOSS_JAVA_SIZING", "-Xms1g -Xmx1g");
  private final List<String> only =
      List.of(System.getProperty("bench.phases", ALL_PHASES).split(","));
  private final PanelHarness panel = new PanelHarness(DB, PORT_OFFSET, 0, 0, 0);

  /** Where the server writes its mail (no SMTP): the sign-ups' codes are read there. */
  private final Path mailDrop = createMailDrop();

  private final String hostHeader = "127.0.0.1:" + panel.httpPort();

  private EdgeBenchmark() {}

  public static void main(String[] args) throws Exception {
    new EdgeBenchmark().run();
  }

  /** The figures of one endpoint, under the name the final line gives it. */
  private record Phase(String name, String what, ClosedLoopLoad.Result result) {}

  private void run() throws Exception {
    System.out.printf(
        "edge setup: server JBOSS_JAVA_SIZING=\"%s\" port_offset=%d database=%s connections=%d"
            + " warmup_s=%d measured_s=%d servers=%d%n",
        sizing, PORT_OFFSET, DB, connections, warmup.toSeconds(), measured.toSeconds(), servers);
    panel.recreateDatabase();
    long booting = System.nanoTime();
    Process wildfly =
        panel.startServer(
            Map.of(
                "BRANDCLOUD_DEMO",
                "true",
                "JBOSS_JAVA_SIZING",
                sizing,
                "MAIL_DROP_DIR",
                mailDrop.toString()));
    Thread stopOnExit = new Thread(() -> stopQuietly(wildfly), "edge-stop-server");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    List<Phase> phases = new ArrayList<>();
    try {
      System.out.printf(
          "server deployed in %d s (log: %s)%n",
          (System.nanoTime() - booting) / 1_000_000_000, panel.serverLog());
      Seeded seeded = seed();
      measure(
          phases,
          "floor",
          "GET " + FLOOR_PATH + " (anonymous)",
          same(floor()),
          "\"slug\":\"acme\"");
      measure(
          phases,
          "servers",
          "GET " + SERVERS_PATH + " (API key)",
          seeded.apiKeys().stream().map(k -> servers(bearer(k))).toList(),
          "\"total\":" + servers);
      measure(
          phases,
          "session",
          "GET " + SERVERS_PATH + " (a portal session per connection)",
          seeded.sessions().stream().map(s -> servers(cookie(s))).toList(),
          "\"total\":" + servers);
      measure(
          phases,
          "portal",
          "GET " + PORTAL_PATH + " (a portal session per connection)",
          seeded.sessions().stream().map(s -> portal(cookie(s))).toList(),
          servers > 1 ? "edge-" + servers : "acme-web-1");
    } finally {
      panel.stopServer(wildfly);
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
    report(phases);
  }

  private void stopQuietly(Process wildfly) {
    if (wildfly.isAlive()) {
      try {
        panel.stopServer(wildfly);
      } catch (Exception e) {
        System.err.println("Could not stop the server: " + e);
      }
    }
  }

  /** What the setup made for the measured requests: a key and a session per connection. */
  private record Seeded(List<String> apiKeys, List<String> sessions) {}

  /** One of the customers the setup signed up, with their organisation. */
  private record Customer(String email, String password, long organisationId) {
    String basic() {
      return EdgeBenchmark.basic(email, password);
    }
  }

  /**
   * Everything over the API and the login form, as a reseller and its customers would: no SQL, so
   * the measured requests find the data the application itself wrote. One customer per connection
   * (a customer's requests share one rate-limit bucket, as they should), each with {@code servers}
   * servers, a {@code read:servers} key and a portal session.
   */
  private Seeded seed() throws Exception {
    try (RawHttpConnection http = connection()) {
      String admin = basic(ADMIN, ADMIN_PASSWORD);
      expect(
          http.send(
              json(
                  "PUT",
                  BASE + "/api/v1/admin/settings",
                  admin,
                  "{\"apiRequestsPerMinute\":" + TenantSettings.MAX_REQUESTS_PER_MINUTE + "}")),
          200,
          "raising the rate limit");
      long planId =
          Long.parseLong(
              first(
                  Pattern.compile("\"id\":(\\d+)"),
                  expect(
                          http.send(
                              RawHttpConnection.get(
                                  hostHeader, BASE + "/api/v1/admin/plans", admin)),
                          200,
                          "listing the plans")
                      .body()));
      List<Customer> customers = new ArrayList<>();
      for (int i = 1; i <= connections; i++) {
        customers.add(signUp(http, admin, i));
      }
      List<String> keys = new ArrayList<>();
      List<String> sessions = new ArrayList<>();
      for (Customer customer : customers) {
        for (int n = 1; n <= servers; n++) {
          expect(
              http.send(
                  json(
                      "POST",
                      SERVERS_PATH,
                      customer.basic(),
                      "{\"planId\":%d,\"hostname\":\"edge-%d\",\"region\":\"sim-ams1\",\"image\":\"debian-12\"}"
                          .formatted(planId, n))),
              201,
              "ordering server " + n + " of " + customer.email());
        }
        keys.add(
            first(
                Pattern.compile("\"secret\":\"(bc_[^\"]+)\""),
                expect(
                        http.send(
                            json(
                                "POST",
                                BASE + "/api/v1/api-keys",
                                customer.basic(),
                                "{\"name\":\"edge benchmark\",\"scopes\":[\"read:servers\"]}")),
                        201,
                        "creating the API key of " + customer.email())
                    .body()));
      }
      for (int i = 0; i < customers.size(); i++) {
        awaitRunning(http, bearer(keys.get(i)));
        sessions.add(login(http, customers.get(i)));
      }
      System.out.printf(
          "seeded: tenant %s, %d customers with %d servers, a read:servers key and a portal session"
              + " each, api_requests_per_minute=%d; password hashes PBKDF2 with %s iterations%n",
          SLUG,
          customers.size(),
          servers,
          TenantSettings.MAX_REQUESTS_PER_MINUTE,
          storedIterations());
      return new Seeded(keys, sessions);
    }
  }

  /**
   * Signs a customer up, confirms the address with the code from the mail (read from the server's
   * mail drop, as the customer reads their mailbox: the outbox hides codes from staff) and credits
   * the new organisation.
   */
  private Customer signUp(RawHttpConnection http, String admin, int i) throws IOException {
    String email = "edge-" + i + "@acme.example";
    String password = "edge-customer-password-" + i;
    expect(
        http.send(
            json(
                "POST",
                BASE + "/api/v1/account/registrations",
                null,
                ("{\"email\":\"%s\",\"name\":\"Edge %d\",\"password\":\"%s\","
                        + "\"accepted\":[%s]}")
                    .formatted(email, i, password, legalPages(http)))),
        201,
        "signing up " + email);
    String code = first(Pattern.compile("page: (\\d{6})"), mailTo(email));
    expect(
        http.send(
            json(
                "POST",
                BASE + "/api/v1/account/verifications",
                null,
                "{\"email\":\"%s\",\"code\":\"%s\"}".formatted(email, code))),
        200,
        "confirming " + email);
    long organisation = organisationOf(http, admin, email);
    expect(
        http.send(
            json(
                "POST",
                BASE + "/api/v1/admin/customers/" + organisation + "/credits",
                admin,
                "{\"amount\":\"100.00\",\"reason\":\"Benchmark\",\"reference\":\"edge-%d\"}"
                    .formatted(i))),
        200,
        "crediting " + email);
    return new Customer(email, password, organisation);
  }

  /** The ids of the demo shop's current legal pages, which a sign-up accepts. */
  private String legalPages(RawHttpConnection http) throws IOException {
    String pages =
        expect(
                http.send(RawHttpConnection.get(hostHeader, BASE + "/api/v1/legal")),
                200,
                "reading the legal pages")
            .body();
    return Pattern.compile("\"id\":(\\d+)")
        .matcher(pages)
        .results()
        .map(m -> m.group(1))
        .collect(Collectors.joining(","));
  }

  /** The mail to {@code email} once the server has written it (right after its commit). */
  private String mailTo(String email) {
    Path folder = mailDrop.resolve("acme");
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              if (!Files.isDirectory(folder)) {
                return null;
              }
              try (Stream<Path> mails = Files.list(folder)) {
                Optional<Path> mail =
                    mails
                        .filter(m -> m.getFileName().toString().endsWith(email + ".eml"))
                        .findFirst();
                return mail.isPresent() ? Files.readString(mail.get()) : null;
              }
            },
            text -> text != null);
  }

  private static Path createMailDrop() {
    try {
      return Files.createTempDirectory("edge-mail-drop");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long organisationOf(RawHttpConnection http, String admin, String email)
      throws IOException {
    Pattern entry = Pattern.compile("\"email\":\"" + Pattern.quote(email) + "\",\"id\":(\\d+)");
    for (int page = 1; page <= 100; page++) {
      String list =
          expect(
                  http.send(
                      RawHttpConnection.get(
                          hostHeader,
                          BASE + "/api/v1/admin/customers?limit=100&page=" + page,
                          admin)),
                  200,
                  "listing customers")
              .body();
      Matcher found = entry.matcher(list);
      if (found.find()) {
        return Long.parseLong(found.group(1));
      }
      if (list.contains("\"data\":[]")) {
        break;
      }
    }
    throw new IllegalStateException("No organisation of " + email);
  }

  /**
   * Ordered servers are built by the simulator in a few seconds; the dashboard then stops polling.
   */
  private void awaitRunning(RawHttpConnection http, String authorization) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    Pattern running = Pattern.compile("\"status\":\"running\"");
    while (true) {
      String body =
          expect(
                  http.send(RawHttpConnection.get(hostHeader, SERVERS_PATH, authorization)),
                  200,
                  "listing servers")
              .body();
      if (running.matcher(body).results().count() == servers) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Servers not running after two minutes: " + body);
      }
      Thread.sleep(1000); // the simulator's build time, not a test
    }
  }

  /**
   * Logs the customer in through the portal's form as a browser without JavaScript would (the form
   * carries the view state and PrimeFaces' nonce) and returns the session id the login ended with.
   */
  private String login(RawHttpConnection http, Customer customer) throws IOException {
    RawHttpConnection.Response page =
        expect(
            http.send(RawHttpConnection.get(hostHeader, BASE + "/login.xhtml")),
            200,
            "the login page");
    String session = sessionCookie(page).orElseThrow(() -> new IllegalStateException("No session"));
    Matcher nonce = NONCE.matcher(page.body());
    String form =
        "login=login&login%3Aemail="
            + encode(customer.email())
            + "&login%3Apassword="
            + encode(customer.password())
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + encode(first(VIEW_STATE, page.body()))
            + "&primefaces.nonce="
            + encode(nonce.find() ? nonce.group(1) : "");
    RawHttpConnection.Response loggedIn =
        expect(
            http.send(
                RawHttpConnection.request(
                    "POST",
                    hostHeader,
                    BASE + "/login.xhtml",
                    "application/x-www-form-urlencoded",
                    form,
                    cookie(session))),
            302,
            "logging in");
    String location = loggedIn.header("Location").orElse("");
    if (!location.contains("/portal/")) {
      throw new IllegalStateException("The login went to " + location + ", not the portal");
    }
    return sessionCookie(loggedIn).orElse(session);
  }

  private static Optional<String> sessionCookie(RawHttpConnection.Response response) {
    return response.headers("Set-Cookie").stream()
        .map(SESSION_COOKIE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .reduce((first, last) -> last);
  }

  /** The iteration count in the demo customer's stored password hash. */
  private String storedIterations() throws Exception {
    try (Connection connection = panel.connect(DB);
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT password_hash FROM "
                    + TenantSchema.forSlug(SLUG).name()
                    + ".users WHERE email = ?")) {
      query.setString(1, CUSTOMER);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        String[] parts = row.getString(1).split(":");
        return parts.length > 1 ? parts[1] : "unknown";
      }
    }
  }

  /**
   * Checks the endpoint answers what it should (not a login page or an error that happens to be
   * cheap), then measures it.
   */
  private void measure(
      List<Phase> phases, String name, String what, List<byte[]> requests, String expected)
      throws Exception {
    if (!only.contains(name)) {
      return;
    }
    try (RawHttpConnection http = connection()) {
      RawHttpConnection.Response check = http.send(requests.get(0));
      if (check.status() != 200 || !check.body().contains(expected)) {
        throw new IllegalStateException(
            name + " answers " + check.status() + " without " + expected + ": " + check.body());
      }
    }
    ClosedLoopLoad.Result result = ClosedLoopLoad.run(panel.httpPort(), requests, warmup, measured);
    System.out.printf(
        "%s %s connections=%d rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f"
            + " requests=%d seconds=%.2f statuses=%s warmup_requests=%d warmup_s=%.0f"
            + " reconnects=%d%n",
        name,
        what,
        requests.size(),
        result.rps(),
        result.percentileMillis(50),
        result.percentileMillis(95),
        result.percentileMillis(99),
        result.maxMillis(),
        result.requests(),
        result.seconds(),
        result.statuses(),
        result.warmupRequests(),
        result.warmupSeconds(),
        result.reconnects());
    if (result.warmupNon2xx() > 0) {
      System.out.printf(
          "WARNING %s: %d answers other than 2xx during the warm-up%n",
          name, result.warmupNon2xx());
    }
    if (result.non2xx() > 0) {
      String message =
          "%s: %d of %d measured answers were not 2xx (%s); these figures mean nothing"
              .formatted(name, result.non2xx(), result.requests(), result.statuses());
      System.out.println("FAILED " + message);
      System.err.println("FAILED " + message);
      throw new IllegalStateException(message);
    }
    phases.add(new Phase(name, what, result));
  }

  private void report(List<Phase> phases) {
    if (phases.size() < ALL_PHASES.split(",").length) {
      System.out.println("bench.phases chose some phases: no edge line, which needs all four");
      return;
    }
    ClosedLoopLoad.Result floor = phases.get(0).result();
    ClosedLoopLoad.Result api = phases.get(1).result();
    ClosedLoopLoad.Result session = phases.get(2).result();
    ClosedLoopLoad.Result portal = phases.get(3).result();
    double ratio = api.rps() / floor.rps();
    System.out.printf(
        "targets (%d connections): servers_rps>=1500 %s, servers_p99_ms<=50 %s, ratio>=0.50 %s,"
            + " portal_rps>=200 %s, portal_p95_ms<=100 %s%n",
        connections,
        verdict(api.rps() >= 1500),
        verdict(api.percentileMillis(99) <= 50),
        verdict(ratio >= 0.5),
        verdict(portal.rps() >= 200),
        verdict(portal.percentileMillis(95) <= 100));
    System.out.printf(
        "edge servers_rps=%.0f servers_p99_ms=%.2f floor_rps=%.0f ratio=%.2f session_rps=%.0f"
            + " session_p99_ms=%.2f portal_rps=%.0f portal_p95_ms=%.2f%n",
        api.rps(),
        api.percentileMillis(99),
        floor.rps(),
        ratio,
        session.rps(),
        session.percentileMillis(99),
        portal.rps(),
        portal.percentileMillis(95));
  }

  private static String verdict(boolean met) {
    return met ? "met" : "MISSED";
  }

  private RawHttpConnection connection() {
    return new RawHttpConnection("127.0.0.1", panel.httpPort(), 60_000);
  }

  private List<byte[]> same(byte[] request) {
    return Collections.nCopies(connections, request);
  }

  private byte[] floor() {
    return RawHttpConnection.get(hostHeader, FLOOR_PATH, "Accept: application/json");
  }

  private byte[] servers(String credentials) {
    return RawHttpConnection.get(hostHeader, SERVERS_PATH, credentials, "Accept: application/json");
  }

  private byte[] portal(String session) {
    return RawHttpConnection.get(hostHeader, PORTAL_PATH, session, "Accept: text/html");
  }

  private byte[] json(String method, String path, String authorization, String body) {
    return authorization == null
        ? RawHttpConnection.request(method, hostHeader, path, "application/json", body)
        : RawHttpConnection.request(
            method, hostHeader, path, "application/json", body, authorization);
  }

  private static String bearer(String apiKey) {
    return "Authorization: Bearer " + apiKey;
  }

  private static String cookie(String session) {
    return "Cookie: JSESSIONID=" + session;
  }

  private static String basic(String user, String password) {
    return "Authorization: Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static RawHttpConnection.Response expect(
      RawHttpConnection.Response response, int status, String what) {
    if (response.status() != status) {
      throw new IllegalStateException(
          what + ": expected " + status + ", got " + response.status() + " " + response.body());
    }
    return response;
  }

  private static String first(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("No " + pattern + " in " + text);
    }
    return matcher.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
