package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.RevenueSources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ledger's revenue rows by what their references name: a server hour ({@code usage:<charge>}),
 * a snapshot's, a volume's, an address's or transfer's hour, a subscription's term ({@code
 * sub:<subscription>:<generation>:<price>:…}, whose price names the product sold then), usage given
 * back, an invoice staff wrote; credit notes from the notes themselves. A server's hours count
 * under the plan they were charged on (hours charged before charges kept their plan: the server's
 * plan of today), and the region and connection it has now.
 */
@ApplicationScoped
public class SqlRevenueSources implements RevenueSources {

  private static final String SERVER_HOUR =
      "l.type = 'USAGE_CHARGE' AND l.reference ~ '^usage:[0-9]+$'";
  private static final String TERM =
      "l.type = 'SUBSCRIPTION' AND l.reference ~ '^sub:[0-9]+:[0-9]+:[0-9]+:'";
  private static final String IN_RANGE = "l.created_at >= ?1 AND l.created_at < ?2";

  private static final String BY_PREFIX =
      "SELECT l.type, CASE WHEN "
          + SERVER_HOUR
          + " OR "
          + TERM
          + " THEN NULL ELSE split_part(l.reference, ':', 1) END, count(*), -sum(l.amount)"
          + " FROM ledger_entries l WHERE "
          + IN_RANGE
          + " AND (l.type IN ('USAGE_CHARGE', 'SUBSCRIPTION', 'INVOICE')"
          + " OR l.type = 'REFUND' AND l.amount > 0 AND l.reference NOT LIKE 'credit-note:%')"
          + " GROUP BY 1, 2";

  private static final String BY_PRODUCT =
      "SELECT p.name, count(*), -sum(l.amount) FROM ledger_entries l"
          + " JOIN product_prices pp ON pp.id = CASE WHEN "
          + TERM
          + " THEN split_part(l.reference, ':', 4)::bigint END"
          + " JOIN products p ON p.id = pp.product_id WHERE "
          + TERM
          + " AND "
          + IN_RANGE
          + " GROUP BY p.id, p.name";

  private static final String SERVER_HOURS =
      "SELECT %s, count(*), -sum(l.amount) FROM ledger_entries l"
          + " JOIN usage_charges u ON u.id = CASE WHEN "
          + SERVER_HOUR
          + " THEN substr(l.reference, 7)::bigint END"
          + " JOIN servers s ON s.id = u.server_id %s WHERE "
          + SERVER_HOUR
          + " AND "
          + IN_RANGE
          + " GROUP BY %s";

  private static final Map<ServerGroup, String[]> GROUPS =
      Map.of(
          ServerGroup.PLAN,
          new String[] {
            "g.name", "JOIN plans g ON g.id = coalesce(u.plan_id, s.plan_id)", "g.id, g.name"
          },
          ServerGroup.CONNECTION,
          new String[] {
            "g.name", "JOIN provider_connections g ON g.id = s.connection_id", "g.id, g.name"
          },
          ServerGroup.REGION,
          new String[] {
            "coalesce(nullif(g.name, ''), s.region)",
            "LEFT JOIN provider_catalog g ON g.connection_id = s.connection_id"
                + " AND g.kind = 'REGION' AND g.code = s.region",
            "1"
          });

  private static final Map<String, Kind> USAGE_KINDS =
      Map.of(
          "snapshot", Kind.SNAPSHOTS,
          "volume", Kind.VOLUMES,
          "address", Kind.ADDRESSES,
          "transfer", Kind.TRANSFER);

  @PersistenceContext EntityManager em;

  @Override
  public List<Source> sources(Instant from, Instant until) {
    List<Source> lines = new ArrayList<>();
    for (Share plan : serverHours(ServerGroup.PLAN, from, until)) {
      lines.add(new Source(Kind.SERVER_HOURS, plan.name(), plan.hours(), plan.amount()));
    }
    for (Object[] r : rows(BY_PRODUCT, from, until)) {
      lines.add(new Source(Kind.SUBSCRIPTIONS, (String) r[0], count(r[1]), (BigDecimal) r[2]));
    }
    for (Object[] r : rows(BY_PREFIX, from, until)) {
      String prefix = (String) r[1];
      // server hours and terms are the lines by plan and by product above
      if (prefix != null) {
        lines.add(new Source(kindOf((String) r[0], prefix), null, count(r[2]), (BigDecimal) r[3]));
      }
    }
    Object[] notes =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*), coalesce(sum(subtotal), 0) FROM credit_notes"
                        + " WHERE issued_at >= ?1 AND issued_at < ?2 AND "
                        + SqlRevenueFigures.NOT_A_VOID)
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until))
                .getSingleResult();
    if (count(notes[0]) > 0) {
      lines.add(
          new Source(Kind.CREDIT_NOTES, null, count(notes[0]), ((BigDecimal) notes[1]).negate()));
    }
    return merged(lines);
  }

  @Override
  public List<Share> serverHours(ServerGroup group, Instant from, Instant until) {
    String[] g = GROUPS.get(group);
    return rows(SERVER_HOURS.formatted(g[0], g[1], g[2]), from, until).stream()
        .map(r -> new Share((String) r[0], count(r[1]), (BigDecimal) r[2]))
        .sorted(Comparator.comparing(Share::amount).reversed().thenComparing(Share::name))
        .toList();
  }

  private static Kind kindOf(String type, String prefix) {
    return switch (type) {
      case "USAGE_CHARGE" -> USAGE_KINDS.getOrDefault(prefix, Kind.OTHER_USAGE);
      case "REFUND" -> Kind.USAGE_GIVEN_BACK;
      case "SUBSCRIPTION" -> Kind.SUBSCRIPTIONS;
      default -> Kind.INVOICES;
    };
  }

  /** Lines of one kind that name nothing are one line; the rest in kind order, largest first. */
  private static List<Source> merged(List<Source> lines) {
    List<Source> merged = new ArrayList<>();
    for (Source line : lines) {
      int same = -1;
      for (int i = 0; i < merged.size(); i++) {
        if (merged.get(i).kind() == line.kind()
            && merged.get(i).name() == null
            && line.name() == null) {
          same = i;
        }
      }
      if (same < 0) {
        merged.add(line);
      } else {
        Source before = merged.get(same);
        merged.set(
            same,
            new Source(
                line.kind(),
                null,
                before.charges() + line.charges(),
                before.amount().add(line.amount())));
      }
    }
    merged.sort(
        Comparator.comparing(Source::kind)
            .thenComparing(Source::amount, Comparator.reverseOrder())
            .thenComparing(s -> s.name() == null ? "" : s.name()));
    return merged;
  }

  private List<Object[]> rows(String sql, Instant from, Instant until) {
    return ((List<?>)
            em.createNativeQuery(sql)
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(until))
                .getResultList())
        .stream().map(Object[].class::cast).toList();
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }
}
