package io.brandcloud.bench;

import static io.brandcloud.bench.BenchClient.basic;
import static io.brandcloud.bench.BenchClient.field;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Push at scale: the demo customer of {@code acme} opens {@code bench.sockets} push sockets (500 by
 * default), each for an organisation of its own, through the REST API as the portal's pages do;
 * then {@code bench.events} changes per second (1,000) are announced for {@code bench.seconds} (30)
 * exactly as the tables' triggers announce them ({@code pg_notify} on {@code brandcloud_changes},
 * one transaction each, organisations in turn). Latency is a change's time from its commit being
 * asked to its notice reaching the socket's reader; the first 3 seconds warm up and are not
 * counted. A notice that never arrives is dropped; one that reaches the wrong organisation fails
 * the run. The floor is PostgreSQL's own: a plain JDBC connection of the benchmark listens on the
 * same channel, and its latency is what no push can beat. Prints {@code push sockets=…
 * events_per_s=… p95_ms=… dropped=… floor_p95_ms=…}.
 */
public final class PushBenchmark {

  private static final String DB = "brandcloud_bench_push";
  private static final String BASE = "/t/acme/api/v1";
  private static final String SCHEMA = "t_acme";
  private static final String EVERYTHING = "{\"topic\":\"*\"}";
  private static final Duration WARM_UP = Duration.ofSeconds(3);

  private final PanelHarness panel = new PanelHarness(DB, 700, 0, 0, 0);
  private final BenchClient client = new BenchClient(panel, BASE);
  private final HttpClient sockets = HttpClient.newHttpClient();
  private final AtomicLong misrouted = new AtomicLong();

  private PushBenchmark() {}

  public static void main(String[] args) throws Exception {
    new PushBenchmark()
        .run(
            Integer.getInteger("bench.sockets", 500),
            Integer.getInteger("bench.events", 1000),
            Integer.getInteger("bench.seconds", 30));
  }

  private void run(int count, int perSecond, int seconds) throws Exception {
    panel.recreateDatabase();
    Process wildfly =
        panel.startServer(Map.of("BRANDCLOUD_DEMO", "true", "PASSWORD_HASH_ITERATIONS", "1024"));
    try {
      String admin = basic("admin@acme.example", "acme-admin-demo");
      client.send(admin, "PUT", "/admin/settings", "{\"apiRequestsPerMinute\":100000}", 200);
      String customer = basic("customer@acme.example", "acme-customer-demo");
      List<Reader> readers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        long organisation =
            Long.parseLong(
                field(
                    client.send(
                        customer, "POST", "/organisations", "{\"name\":\"bench-" + i + "\"}", 201),
                    "id"));
        client.send(customer, "POST", "/organisations/" + organisation + "/activate", null, 200);
        String ticket = client.send(customer, "POST", "/push/tickets", "{}", 201);
        readers.add(open(organisation, field(ticket, "socketPath")));
      }
      for (Reader reader : readers) {
        if (!reader.ready.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("A push socket never said it was listening");
        }
      }
      long total = (long) perSecond * seconds;
      CountDownLatch heard = new CountDownLatch((int) total);
      readers.forEach(reader -> reader.heard = heard);
      try (Floor floor = new Floor(readers)) {
        double sentSeconds = announce(readers, total, perSecond);
        heard.await(30, TimeUnit.SECONDS);
        floor.awaitAll(total);
        report(readers, total, sentSeconds, floor.latencies());
      }
      readers.forEach(reader -> reader.socket.abort());
    } finally {
      panel.stopServer(wildfly);
    }
  }

  /** Announces {@code total} changes at {@code perSecond}; returns the seconds it took. */
  private double announce(List<Reader> readers, long total, int perSecond) throws Exception {
    long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
    try (Connection connection = panel.connect(DB);
        PreparedStatement notify =
            connection.prepareStatement("SELECT pg_notify('brandcloud_changes', ?)")) {
      long started = System.nanoTime();
      long lastKeptAlive = started;
      for (long n = 0; n < total; n++) {
        long due = started + n * interval;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        Reader reader = readers.get((int) (n % readers.size()));
        notify.setString(1, "balance:" + SCHEMA + ":" + reader.organisation);
        reader.sent(System.nanoTime(), System.nanoTime() - started > WARM_UP.toNanos());
        notify.execute();
        if (System.nanoTime() - lastKeptAlive > TimeUnit.SECONDS.toNanos(20)) {
          readers.forEach(Reader::keepAlive);
          lastKeptAlive = System.nanoTime();
        }
      }
      return (System.nanoTime() - started) / 1e9;
    }
  }

  private void report(
      List<Reader> readers, long total, double sentSeconds, List<Long> floorLatencies) {
    List<Long> latencies = new ArrayList<>();
    long received = 0;
    long resyncs = 0;
    for (Reader reader : readers) {
      received += reader.received.size();
      resyncs += reader.resyncs;
      latencies.addAll(reader.latencies());
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] floor = floorLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "push sockets=%d events_per_s=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f"
            + " dropped=%d resyncs=%d misrouted=%d floor_p50_ms=%.2f floor_p95_ms=%.2f%n",
        readers.size(),
        total / sentSeconds,
        millis(sorted, 0.50),
        millis(sorted, 0.95),
        millis(sorted, 0.99),
        millis(sorted, 1.0),
        total - received,
        resyncs,
        misrouted.get(),
        millis(floor, 0.50),
        millis(floor, 0.95));
    if (misrouted.get() != 0) {
      throw new IllegalStateException("A notice reached another organisation's socket");
    }
  }

  private static double millis(long[] sorted, double fraction) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  private Reader open(long organisation, String socketPath) {
    Reader reader = new Reader(organisation);
    reader.socket =
        sockets
            .newWebSocketBuilder()
            .buildAsync(URI.create("ws://127.0.0.1:" + panel.httpPort() + socketPath), reader)
            .orTimeout(30, TimeUnit.SECONDS)
            .join();
    return reader;
  }

  /**
   * A plain listener on the changes' channel, on a connection of the benchmark's own: when each
   * change reached it, matched to its sending like a socket's notices.
   */
  private final class Floor implements AutoCloseable {

    private final Connection connection;
    private final Map<String, Reader> byPayload = new HashMap<>();
    private final Map<String, List<Long>> heard = new HashMap<>();
    private final Thread listener;
    private volatile boolean stopping;
    private long count;

    Floor(List<Reader> readers) throws Exception {
      connection = panel.connect(DB);
      for (Reader reader : readers) {
        String payload = "balance:" + SCHEMA + ":" + reader.organisation;
        byPayload.put(payload, reader);
        heard.put(payload, new ArrayList<>());
      }
      try (Statement listen = connection.createStatement()) {
        listen.execute("LISTEN brandcloud_changes");
      }
      listener = new Thread(this::listen, "floor");
      listener.start();
    }

    private void listen() {
      try {
        PGConnection notices = connection.unwrap(PGConnection.class);
        while (!stopping) {
          PGNotification[] arrived = notices.getNotifications(200);
          long at = System.nanoTime();
          if (arrived != null) {
            synchronized (this) {
              for (PGNotification notice : arrived) {
                List<Long> times = heard.get(notice.getParameter());
                if (times != null) {
                  times.add(at);
                  count++;
                }
              }
              notifyAll();
            }
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    synchronized void awaitAll(long total) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (count < total && System.nanoTime() < deadline) {
        wait(1000);
      }
    }

    synchronized List<Long> latencies() {
      List<Long> latencies = new ArrayList<>();
      heard.forEach(
          (payload, times) -> {
            List<long[]> sent = byPayload.get(payload).sentTimes();
            for (int n = 0; n < Math.min(sent.size(), times.size()); n++) {
              if (sent.get(n)[1] == 1) {
                latencies.add(times.get(n) - sent.get(n)[0]);
              }
            }
          });
      return latencies;
    }

    @Override
    public void close() throws Exception {
      stopping = true;
      listener.join();
      connection.close();
    }
  }

  /** One page's socket: when each change for its organisation was sent and when it was heard. */
  private final class Reader implements WebSocket.Listener {

    private final long organisation;
    private final String expected;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final List<long[]> sent = new ArrayList<>();
    private final List<Long> received = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile CountDownLatch heard;
    private WebSocket socket;
    private long resyncs;

    Reader(long organisation) {
      this.organisation = organisation;
      this.expected = "{\"topic\":\"balance\",\"organisation\":" + organisation + "}";
    }

    synchronized void sent(long at, boolean counted) {
      sent.add(new long[] {at, counted ? 1 : 0});
    }

    synchronized List<long[]> sentTimes() {
      return new ArrayList<>(sent);
    }

    void keepAlive() {
      socket.sendText(".", true);
    }

    /** The n-th notice answers the n-th change: one organisation's notices arrive in order. */
    synchronized List<Long> latencies() {
      List<Long> latencies = new ArrayList<>();
      for (int n = 0; n < Math.min(sent.size(), received.size()); n++) {
        if (sent.get(n)[1] == 1) {
          latencies.add(received.get(n) - sent.get(n)[0]);
        }
      }
      return latencies;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      long at = System.nanoTime();
      partial.append(data);
      if (last) {
        String notice = partial.toString();
        partial.setLength(0);
        heardNotice(notice, at);
      }
      webSocket.request(1);
      return null;
    }

    private synchronized void heardNotice(String notice, long at) {
      if (notice.equals(EVERYTHING)) {
        if (ready.getCount() == 0) {
          resyncs++;
        }
        ready.countDown();
      } else if (notice.equals(expected)) {
        received.add(at);
        if (heard != null) {
          heard.countDown();
        }
      } else {
        misrouted.incrementAndGet();
      }
    }
  }
}
