package io.brandcloud.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * Reply suggestions at a busy desk: the demo tenant {@code acme} gets {@code bench.articles}
 * published knowledge-base articles (1,000) and {@code bench.tickets} resolved tickets (10,000),
 * written in bulk SQL from a vocabulary of hosting topics, then staff ask for a suggestion on 300
 * open tickets one after another over the REST API. The tickets were closed over the past week and
 * the articles written over the past weeks, a minute or an hour apart. The first answer builds the
 * node's indexes ({@code cold_ms}); every later one still asks the database whether anything
 * changed. Every 50th request follows a ticket closed meanwhile, so the index catches up on the way
 * ({@code after_change_ms}, its worst). Prints {@code suggest articles=… tickets=… p95_ms=…}.
 */
public final class SuggestionBenchmark {

  private static final String DB = "brandcloud_bench_suggest";
  private static final String BASE = "/t/acme/api/v1";
  private static final String SCHEMA = "t_acme";
  private static final int QUESTIONS = 300;
  private static final int CHANGE_EVERY = 50;

  private static final String[][] TOPICS = {
    {"root", "password", "reset", "login", "console"},
    {"ipv4", "address", "second", "ip", "rdns"},
    {"port", "firewall", "open", "blocked", "smtp"},
    {"invoice", "vat", "tax", "billing", "receipt"},
    {"disk", "volume", "resize", "storage", "full"},
    {"reboot", "kernel", "panic", "boot", "rescue"},
    {"backup", "snapshot", "restore", "schedule", "retention"},
    {"dns", "domain", "record", "nameserver", "propagation"},
    {"ssl", "certificate", "https", "renew", "letsencrypt"},
    {"network", "latency", "packet", "loss", "traceroute"},
    {"wallet", "topup", "card", "paypal", "balance"},
    {"ssh", "key", "authorized", "permission", "denied"},
    {"memory", "swap", "oom", "ram", "upgrade"},
    {"cpu", "load", "steal", "throttle", "performance"},
    {"mail", "spam", "delivery", "bounce", "postfix"},
    {"windows", "license", "rdp", "activation", "iso"},
    {"kubernetes", "docker", "container", "cluster", "node"},
    {"database", "mysql", "postgres", "replication", "slow"},
    {"migration", "transfer", "move", "region", "datacenter"},
    {"api", "token", "key", "scope", "automation"}
  };
  private static final String[] FILLER = {
    "server", "please", "help", "today", "since", "after", "customer", "website", "again",
    "trying", "works", "error", "message", "shows", "need", "quickly", "production", "urgent"
  };

  private final PanelHarness panel = new PanelHarness(DB, 760, 0, 0, 0);
  private final BenchClient client = new BenchClient(panel, BASE);
  private final Random random = new Random(42);

  private SuggestionBenchmark() {}

  public static void main(String[] args) throws Exception {
    new SuggestionBenchmark()
        .run(
            Integer.getInteger("bench.articles", 1000),
            Integer.getInteger("bench.tickets", 10_000));
  }

  private void run(int articles, int tickets) throws Exception {
    panel.recreateDatabase();
    Process wildfly =
        panel.startServer(Map.of("BRANDCLOUD_DEMO", "true", "PASSWORD_HASH_ITERATIONS", "1024"));
    try {
      String admin = BenchClient.basic("admin@acme.example", "acme-admin-demo");
      client.send(admin, "PUT", "/admin/settings", "{\"apiRequestsPerMinute\":100000}", 200);
      List<Long> open;
      try (Connection connection = panel.connect(DB)) {
        connection.setSchema(SCHEMA);
        writeArticles(connection, articles);
        writeResolvedTickets(connection, tickets);
        open = openTickets(connection, QUESTIONS);
      }
      long started = System.nanoTime();
      client.send(admin, "GET", "/admin/tickets/" + open.get(0) + "/suggestion", null, 200);
      double coldMs = (System.nanoTime() - started) / 1e6;

      Histogram latency = new Histogram(60_000_000L, 3);
      long afterChangeMicros = 0;
      int withSources = 0;
      for (int i = 1; i < open.size(); i++) {
        boolean changed = i % CHANGE_EVERY == 0;
        if (changed) {
          closeOneMore();
        }
        long sent = System.nanoTime();
        String answer =
            client.send(admin, "GET", "/admin/tickets/" + open.get(i) + "/suggestion", null, 200);
        long micros = (System.nanoTime() - sent) / 1000;
        latency.recordValue(micros);
        afterChangeMicros = changed ? Math.max(afterChangeMicros, micros) : afterChangeMicros;
        withSources += answer.contains("\"type\":") ? 1 : 0;
      }
      System.out.printf(
          "suggest articles=%d tickets=%d requests=%d with_sources=%d cold_ms=%.0f p50_ms=%.1f"
              + " p95_ms=%.1f max_ms=%.1f after_change_ms=%.1f%n",
          articles,
          tickets,
          open.size() - 1,
          withSources,
          coldMs,
          latency.getValueAtPercentile(50) / 1000.0,
          latency.getValueAtPercentile(95) / 1000.0,
          latency.getMaxValue() / 1000.0,
          afterChangeMicros / 1000.0);
    } finally {
      panel.stopServer(wildfly);
    }
  }

  private String sentence(String[] topic, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word =
          random.nextInt(3) == 0
              ? FILLER[random.nextInt(FILLER.length)]
              : random.nextInt(4) == 0
                  ? "w" + random.nextInt(5000)
                  : topic[random.nextInt(topic.length)];
      text.append(i == 0 ? "" : " ").append(word);
    }
    return text.append('.').toString();
  }

  private String[] topic() {
    return TOPICS[random.nextInt(TOPICS.length)];
  }

  private void writeArticles(Connection connection, int count) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO content_articles (kind, slug, title, body, published_at, author_name,"
                + " created_at, updated_at) VALUES ('DOC', ?, ?, ?, now(), 'bench',"
                + " now() - make_interval(hours => ?), now() - make_interval(hours => ?))")) {
      for (int i = 0; i < count; i++) {
        String[] topic = topic();
        insert.setString(1, "bench-" + i);
        insert.setString(2, topic[0] + " " + topic[1] + " guide " + i);
        insert.setString(3, sentence(topic, 80) + "\n\n" + sentence(topic, 80));
        insert.setInt(4, count - i);
        insert.setInt(5, count - i);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private void writeResolvedTickets(Connection connection, int count) throws SQLException {
    long organisation = demoOrganisation(connection);
    try (PreparedStatement ticket =
            connection.prepareStatement(
                "INSERT INTO support_tickets (organisation_id, department_id, subject, priority,"
                    + " status, created_at, updated_at, closed_at, reply_token, staff_reply_token)"
                    + " VALUES (?, 1, ?, 'NORMAL', 'CLOSED', now() - make_interval(mins => ?),"
                    + " now() - make_interval(mins => ?), now() - make_interval(mins => ?), ?, ?)"
                    + " RETURNING id");
        PreparedStatement message =
            connection.prepareStatement(
                "INSERT INTO support_ticket_messages (ticket_id, author_name, from_staff, internal,"
                    + " via, body, created_at) VALUES (?, ?, ?, FALSE, 'PORTAL', ?, now())")) {
      for (int i = 0; i < count; i++) {
        String[] topic = topic();
        ticket.setLong(1, organisation);
        ticket.setString(2, topic[random.nextInt(topic.length)] + " problem " + i);
        // closed over the past week, a minute apart, as a desk's history would be
        for (int parameter = 3; parameter <= 5; parameter++) {
          ticket.setInt(parameter, count - i);
        }
        ticket.setString(6, "bench" + i);
        ticket.setString(7, "benchstaff" + i);
        long id;
        try (ResultSet created = ticket.executeQuery()) {
          created.next();
          id = created.getLong(1);
        }
        addMessage(message, id, "Demo customer", false, sentence(topic, 40));
        addMessage(message, id, "Support", true, "Hello,\n\n" + sentence(topic, 60));
        if (i % 1000 == 999) {
          message.executeBatch();
        }
      }
      message.executeBatch();
    }
  }

  private static void addMessage(
      PreparedStatement message, long ticket, String author, boolean staff, String body)
      throws SQLException {
    message.setLong(1, ticket);
    message.setString(2, author);
    message.setBoolean(3, staff);
    message.setString(4, body);
    message.addBatch();
  }

  private List<Long> openTickets(Connection connection, int count) throws SQLException {
    long organisation = demoOrganisation(connection);
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ticket =
            connection.prepareStatement(
                "INSERT INTO support_tickets (organisation_id, department_id, subject, priority,"
                    + " status, created_at, updated_at, waiting_since, reply_token,"
                    + " staff_reply_token) VALUES (?, 1, ?, 'NORMAL', 'OPEN', now(), now(), now(),"
                    + " ?, ?) RETURNING id");
        PreparedStatement message =
            connection.prepareStatement(
                "INSERT INTO support_ticket_messages (ticket_id, author_name, from_staff, internal,"
                    + " via, body, created_at) VALUES (?, 'Demo customer', FALSE, FALSE, 'PORTAL',"
                    + " ?, now())")) {
      for (int i = 0; i < count; i++) {
        String[] topic = topic();
        ticket.setLong(1, organisation);
        ticket.setString(2, topic[0] + " question " + i);
        ticket.setString(3, "open" + i);
        ticket.setString(4, "openstaff" + i);
        try (ResultSet created = ticket.executeQuery()) {
          created.next();
          ids.add(created.getLong(1));
        }
        message.setLong(1, ids.get(i));
        message.setString(2, sentence(topic, 50));
        message.addBatch();
      }
      message.executeBatch();
    }
    return ids;
  }

  /** A resolved ticket more, as staff closing one between two suggestions would leave it. */
  private void closeOneMore() throws SQLException {
    try (Connection connection = panel.connect(DB);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "UPDATE "
              + SCHEMA
              + ".support_tickets SET status = 'CLOSED', closed_at = now(), updated_at = now(),"
              + " waiting_since = NULL WHERE id = (SELECT min(id) FROM "
              + SCHEMA
              + ".support_tickets WHERE status = 'OPEN')");
    }
  }

  private static long demoOrganisation(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT o.id FROM organisations o JOIN users u ON u.id = o.created_by"
                    + " WHERE u.email = 'customer@acme.example' AND o.personal")) {
      row.next();
      return row.getLong(1);
    }
  }
}
