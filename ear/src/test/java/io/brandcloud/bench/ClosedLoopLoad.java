package io.brandcloud.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load on one endpoint: one thread per keep-alive connection, each sending its request
 * again as soon as the answer is read, through a warm-up (counted, not measured) and then a
 * measured window. The warm-up lasts at least its minimum and then until the throughput is steady:
 * two consecutive {@link #STEADY_WINDOW} windows within {@link #STEADY_TOLERANCE} of each other
 * (the JIT compiler of a 2-core server keeps improving the request path for a while), but no longer
 * than three times the minimum. A request belongs to the window it started in. Latency is from
 * writing the request to reading the last byte of the answer; throughput is the measured requests
 * over the time from the window's start to the end of its last request. With every connection busy
 * all the time, these are latencies at saturation, not at a chosen arrival rate.
 */
final class ClosedLoopLoad {

  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);
  private static final int SOCKET_TIMEOUT_MILLIS = 30_000;
  private static final Duration STEADY_WINDOW = Duration.ofSeconds(5);
  private static final double STEADY_TOLERANCE = 0.05;
  private static final int FIRST_CLIENT_ADDRESS = 10;

  private ClosedLoopLoad() {}

  /** What one endpoint came to. */
  record Result(
      long requests,
      double seconds,
      Histogram latencyMicros,
      Map<Integer, Long> statuses,
      long non2xx,
      long warmupRequests,
      long warmupNon2xx,
      double warmupSeconds,
      int reconnects) {

    double rps() {
      return requests / seconds;
    }

    double percentileMillis(double percentile) {
      return latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
      return latencyMicros.getMaxValue() / 1000.0;
    }
  }

  /**
   * Runs {@code requests.size()} connections, the i-th sending {@code requests.get(i)} from
   * 127.0.0.(10 + i) to 127.0.0.1:{@code port}: each connection is a client address of its own, as
   * each of many customers' scripts would be (anonymous requests count against their address's rate
   * limit). Returns when every connection has finished its last request; fails if a connection
   * broke.
   */
  static Result run(int port, List<byte[]> requests, Duration warmup, Duration measured)
      throws Exception {
    if (FIRST_CLIENT_ADDRESS + requests.size() > 255) {
      throw new IllegalArgumentException(
          "At most " + (255 - FIRST_CLIENT_ADDRESS) + " connections");
    }
    List<Worker> workers = new ArrayList<>();
    for (byte[] request : requests) {
      String client = "127.0.0." + (FIRST_CLIENT_ADDRESS + workers.size());
      Worker worker =
          new Worker(new RawHttpConnection("127.0.0.1", port, client, SOCKET_TIMEOUT_MILLIS));
      worker.request = request;
      worker.connection.connect();
      workers.add(worker);
    }
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers.size(); i++) {
      Worker worker = workers.get(i);
      Thread thread = new Thread(() -> worker.run(go), "edge-load-" + i);
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
    }
    long start = System.nanoTime();
    WarmupEnd warmupEnd = new WarmupEnd();
    for (Worker worker : workers) {
      worker.warmupEnd = warmupEnd;
    }
    go.countDown();
    long measureFrom = awaitSteady(workers, start, warmup);
    long end = measureFrom + measured.toNanos();
    warmupEnd.publish(measureFrom, end);
    long joinBy = end + TimeUnit.MILLISECONDS.toNanos(2L * SOCKET_TIMEOUT_MILLIS);
    for (Thread thread : threads) {
      thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinBy - System.nanoTime())));
      if (thread.isAlive()) {
        throw new IllegalStateException(thread.getName() + " did not finish");
      }
    }
    Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
    long[] statuses = new long[600];
    long requestCount = 0;
    long warmupRequests = 0;
    long warmupNon2xx = 0;
    long lastEnd = measureFrom;
    int reconnects = 0;
    for (Worker worker : workers) {
      worker.connection.close();
      if (worker.failure != null) {
        throw new IllegalStateException(
            "A connection broke after " + worker.requests + " requests", worker.failure);
      }
      latencies.add(worker.latencies);
      for (int s = 0; s < statuses.length; s++) {
        statuses[s] += worker.statuses[s];
      }
      requestCount += worker.requests;
      warmupRequests += worker.warmupRequests;
      warmupNon2xx += worker.warmupNon2xx;
      lastEnd = Math.max(lastEnd, worker.lastEnd);
      reconnects += worker.connection.connects() - 1;
    }
    Map<Integer, Long> byStatus = new TreeMap<>();
    long non2xx = 0;
    for (int s = 0; s < statuses.length; s++) {
      if (statuses[s] > 0) {
        byStatus.put(s, statuses[s]);
        if (s < 200 || s > 299) {
          non2xx += statuses[s];
        }
      }
    }
    return new Result(
        requestCount,
        (lastEnd - measureFrom) / 1e9,
        latencies,
        byStatus,
        non2xx,
        warmupRequests,
        warmupNon2xx,
        (measureFrom - start) / 1e9,
        reconnects);
  }

  /** When the measured window starts: once the minimum warm-up is over and throughput is steady. */
  private static long awaitSteady(List<Worker> workers, long start, Duration minimum)
      throws InterruptedException {
    long longest = start + 3 * minimum.toNanos();
    long previousRate = -1;
    long counted = completed(workers);
    long windowStart = System.nanoTime();
    while (true) {
      TimeUnit.NANOSECONDS.sleep(STEADY_WINDOW.toNanos()); // paces the load, not a wait for state
      long now = System.nanoTime();
      long total = completed(workers);
      long rate = (total - counted) * 1_000_000_000L / Math.max(1, now - windowStart);
      boolean steady =
          previousRate > 0 && Math.abs(rate - previousRate) <= STEADY_TOLERANCE * previousRate;
      if (now - start >= minimum.toNanos() && (steady || now >= longest)) {
        return now;
      }
      previousRate = rate;
      counted = total;
      windowStart = now;
    }
  }

  private static long completed(List<Worker> workers) {
    long total = 0;
    for (Worker worker : workers) {
      total += worker.warmupDone;
    }
    return total;
  }

  /** Set once by the pacing thread when the warm-up ends; read by every worker. */
  private static final class WarmupEnd {
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long end = Long.MAX_VALUE;

    void publish(long measureFrom, long end) {
      this.end = end;
      this.measureFrom = measureFrom;
    }
  }

  /** One connection's loop and its own counters, merged only when all are done. */
  private static final class Worker {

    final RawHttpConnection connection;
    final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
    final long[] statuses = new long[600];
    byte[] request;
    WarmupEnd warmupEnd;
    volatile long warmupDone;
    long requests;
    long warmupRequests;
    long warmupNon2xx;
    long lastEnd;
    IOException failure;

    Worker(RawHttpConnection connection) {
      this.connection = connection;
    }

    void run(CountDownLatch go) {
      try {
        go.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        long started = System.nanoTime();
        while (started < warmupEnd.end) {
          int status = connection.exchange(request);
          long finished = System.nanoTime();
          if (started >= warmupEnd.measureFrom) {
            latencies.recordValue(
                Math.min(HIGHEST_MICROS, Math.max(1, (finished - started) / 1000)));
            statuses[Math.min(status, statuses.length - 1)]++;
            requests++;
            lastEnd = finished;
          } else {
            warmupRequests++;
            warmupDone = warmupRequests;
            if (status < 200 || status > 299) {
              warmupNon2xx++;
            }
          }
          started = finished;
        }
      } catch (IOException e) {
        failure = e;
      }
    }
  }
}
