package io.brandcloud.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ledger of {@code bench.rows} (1,000,000) rows exported in the background as the reports page
 * asks for it: the rows are written into the demo tenant {@code acme} by bulk SQL, then for each
 * format the admin asks for the ledger over the REST API and follows it to ready, while the
 * server's heap is read with {@code jstat} every quarter second. Prints per format {@code export
 * format=… rows=… seconds=… bytes=… heap_before_mb=… max_heap_mb=… max_old_gen_mb=…}: seconds from
 * the request to the file being ready by the server's own times; the heap in use when it was asked
 * for, its highest reading (garbage included) and the old generation's highest, where what an
 * export held on to would pile up; compare with {@code -Dbench.rows=100000}. Fails unless the file
 * holds every row.
 */
public final class PreparedExportBenchmark {

  private static final String DB = "brandcloud_bench_export";
  private static final String BASE = "/t/acme/api/v1";
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern STATUS = Pattern.compile("\"status\":\"(\\w+)\"");
  private static final Pattern ROWS = Pattern.compile("\"rowsWritten\":(\\d+)");
  private static final Pattern REQUESTED_AT = Pattern.compile("\"requestedAt\":\"([^\"]+)\"");
  private static final Pattern READY_AT = Pattern.compile("\"readyAt\":\"([^\"]+)\"");

  private final PanelHarness panel = new PanelHarness(DB, 780, 0, 0, 0);
  private final BenchClient client = new BenchClient(panel, BASE);
  private final HttpClient http = HttpClient.newHttpClient();
  private final String admin = BenchClient.basic("admin@acme.example", "acme-admin-demo");

  private PreparedExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    new PreparedExportBenchmark().run(Integer.getInteger("bench.rows", 1_000_000));
  }

  private void run(int rows) throws Exception {
    panel.recreateDatabase();
    Process wildfly =
        panel.startServer(Map.of("BRANDCLOUD_DEMO", "true", "PASSWORD_HASH_ITERATIONS", "1024"));
    try {
      client.send(admin, "PUT", "/admin/settings", "{\"apiRequestsPerMinute\":100000}", 200);
      long existing;
      try (Connection connection = panel.connect(DB);
          Statement statement = connection.createStatement()) {
        statement.execute("SET search_path TO t_acme");
        existing = count(statement);
        // a second apart up to now, spread over the demo's wallets, each with a text of its own
        statement.executeUpdate(
            "INSERT INTO ledger_entries (wallet_id, type, amount, reference, description,"
                + " created_by, created_at)"
                + " SELECT w.ids[1 + g % array_length(w.ids, 1)], 'ADJUSTMENT', -0.013699,"
                + " 'bench:' || g, 'Server web-' || g || ' (Standard 2 GB), 1 h', 'bench',"
                + " now() - make_interval(secs => g)"
                + " FROM generate_series(1, "
                + rows
                + ") g, (SELECT array_agg(id) AS ids FROM wallets) w");
        statement.execute("ANALYZE ledger_entries");
      }
      long total = existing + rows;
      for (String format : List.of("csv", "xlsx")) {
        measure(format, total);
      }
    } finally {
      panel.stopServer(wildfly);
    }
  }

  private void measure(String format, long rows) throws Exception {
    HeapReadings heap = HeapReadings.start(Files.readString(panel.pidFile()).trim());
    String export;
    try {
      String asked =
          client.send(
              admin,
              "POST",
              "/admin/exports/prepared",
              "{\"table\":\"ledger\",\"format\":\"" + format + "\"}",
              202);
      String id = first(ID, asked);
      do {
        Thread.sleep(250); // following a server's work, not waiting for a test
        export = client.send(admin, "GET", "/admin/exports/prepared/" + id, null, 200);
        if (first(STATUS, export).equals("failed")) {
          throw new IllegalStateException("The export failed: " + export);
        }
      } while (!first(STATUS, export).equals("ready"));
    } finally {
      heap.stop();
    }
    double seconds =
        Duration.between(
                    Instant.parse(first(REQUESTED_AT, export)),
                    Instant.parse(first(READY_AT, export)))
                .toMillis()
            / 1000.0;
    long written = Long.parseLong(first(ROWS, export));
    if (written != rows) {
      throw new IllegalStateException(written + " rows written of " + rows);
    }
    long bytes = download(first(ID, export), format, rows);
    System.out.printf(
        "export format=%s rows=%d seconds=%.1f bytes=%d heap_before_mb=%d max_heap_mb=%d"
            + " max_old_gen_mb=%d%n",
        format, written, seconds, bytes, heap.firstMb(), heap.maxMb(), heap.maxOldMb());
  }

  /** The file's size; a CSV's lines are counted too, its header and one per row. */
  private long download(String id, String format, long rows) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + panel.httpPort()
                        + BASE
                        + "/admin/exports/prepared/"
                        + id
                        + "/file"))
            .header("Authorization", admin)
            .build();
    HttpResponse<InputStream> file = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    if (file.statusCode() != 200) {
      throw new IllegalStateException("The download answered " + file.statusCode());
    }
    if (format.equals("xlsx")) {
      try (InputStream in = file.body()) {
        return in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }
    Path copy = Files.createTempFile("bench-export-", ".csv");
    try {
      try (InputStream in = file.body()) {
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      long lines;
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(Files.newInputStream(copy), StandardCharsets.UTF_8))) {
        lines = reader.lines().count();
      }
      if (lines != rows + 1) {
        throw new IllegalStateException("The CSV holds " + lines + " lines for " + rows + " rows");
      }
      return Files.size(copy);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static long count(Statement statement) throws Exception {
    try (var result = statement.executeQuery("SELECT count(*) FROM ledger_entries")) {
      result.next();
      return result.getLong(1);
    }
  }

  /**
   * The server's heap as one {@code jstat -gc} reads it every quarter second: in use (survivor,
   * eden and old spaces, collectable garbage included) and the old generation, where what an export
   * kept would pile up.
   */
  private static final class HeapReadings {
    private final Process jstat;
    private final Thread reader;
    private volatile long firstKb = -1;
    private volatile long maxKb;
    private volatile long maxOldKb;

    private HeapReadings(Process jstat) {
      this.jstat = jstat;
      this.reader = new Thread(this::read, "heap-readings");
      reader.setDaemon(true);
      reader.start();
    }

    static HeapReadings start(String pid) throws IOException {
      return new HeapReadings(
          new ProcessBuilder("jstat", "-gc", pid, "250").redirectErrorStream(true).start());
    }

    private void read() {
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
        List<String> header = null;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          String[] values = line.trim().split("\\s+");
          if (header == null) {
            header = Arrays.asList(values);
            continue;
          }
          double used = 0;
          for (String space : List.of("S0U", "S1U", "EU", "OU")) {
            used += Double.parseDouble(values[header.indexOf(space)]);
          }
          long old = Math.round(Double.parseDouble(values[header.indexOf("OU")]));
          firstKb = firstKb < 0 ? Math.round(used) : firstKb;
          maxKb = Math.max(maxKb, Math.round(used));
          maxOldKb = Math.max(maxOldKb, old);
        }
      } catch (IOException | RuntimeException e) {
        System.err.println("jstat: " + e);
      }
    }

    void stop() throws InterruptedException {
      jstat.destroy();
      reader.join(5000);
    }

    long firstMb() {
      return firstKb / 1024;
    }

    long maxMb() {
      return maxKb / 1024;
    }

    long maxOldMb() {
      return maxOldKb / 1024;
    }
  }

  private static String first(Pattern pattern, String json) {
    Matcher matcher = pattern.matcher(json);
    if (!matcher.find()) {
      throw new IllegalStateException(pattern + " not in " + json);
    }
    return matcher.group(1);
  }
}
