package io.brandcloud.fraud.infrastructure;

import io.brandcloud.fraud.domain.Block;
import io.brandcloud.fraud.domain.BlockKind;
import io.brandcloud.fraud.domain.CheckFilter;
import io.brandcloud.fraud.domain.CheckKind;
import io.brandcloud.fraud.domain.CheckView;
import io.brandcloud.fraud.domain.ClientNetwork;
import io.brandcloud.fraud.domain.FraudPolicy;
import io.brandcloud.fraud.domain.FraudRule;
import io.brandcloud.fraud.domain.FraudStore;
import io.brandcloud.fraud.domain.Outcome;
import io.brandcloud.fraud.domain.PaidByCard;
import io.brandcloud.fraud.domain.ReviewStatus;
import io.brandcloud.fraud.domain.RuleSetting;
import io.brandcloud.fraud.domain.ScreenedPerson;
import io.brandcloud.fraud.domain.Signal;
import io.brandcloud.fraud.domain.Verdict;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The screening tables of the current tenant. */
@ApplicationScoped
public class SqlFraudStore implements FraudStore {

  private static final String CHECKS =
      "SELECT c.id, c.kind, c.user_id, u.display_name, c.email, c.organisation_id, o.name,"
          + " c.client_address, c.network, c.amount, c.currency, c.score, c.outcome, c.status,"
          + " c.subject, c.server_id, c.payment_id, c.decided_by, c.decided_at, c.reason,"
          + " c.created_at"
          + " FROM fraud_checks c LEFT JOIN users u ON u.id = c.user_id"
          + " LEFT JOIN organisations o ON o.id = c.organisation_id";
  private static final String BLOCKS =
      "SELECT id, kind, value, reason, created_by, created_at FROM fraud_blocks";

  @PersistenceContext EntityManager em;

  @Override
  public FraudPolicy policy() {
    List<RuleSetting> rules =
        rows(
                em.createNativeQuery(
                        "SELECT rule, enabled, weight, limit_value FROM fraud_rules ORDER BY rule")
                    .getResultList())
            .stream()
            .filter(r -> known((String) r[0]))
            .map(
                r ->
                    new RuleSetting(
                        FraudRule.valueOf((String) r[0]),
                        (Boolean) r[1],
                        SqlValues.toInt(r[2]),
                        (BigDecimal) r[3]))
            .toList();
    Object[] scores =
        (Object[])
            em.createNativeQuery("SELECT review_score, deny_score FROM fraud_policy")
                .getSingleResult();
    return new FraudPolicy(rules, SqlValues.toInt(scores[0]), SqlValues.toInt(scores[1]));
  }

  private static boolean known(String rule) {
    return Arrays.stream(FraudRule.values()).anyMatch(r -> r.name().equals(rule));
  }

  @Override
  public void savePolicy(FraudPolicy policy, String actor, Instant at) {
    for (RuleSetting rule : policy.rules()) {
      em.createNativeQuery(
              "UPDATE fraud_rules SET enabled = ?2, weight = ?3, limit_value = CAST(?4 AS numeric),"
                  + " updated_by = ?5, updated_at = ?6 WHERE rule = ?1")
          .setParameter(1, rule.rule().name())
          .setParameter(2, rule.enabled())
          .setParameter(3, rule.weight())
          .setParameter(4, rule.limit())
          .setParameter(5, actor)
          .setParameter(6, Timestamp.from(at))
          .executeUpdate();
    }
    em.createNativeQuery("UPDATE fraud_policy SET review_score = ?1, deny_score = ?2")
        .setParameter(1, policy.reviewScore())
        .setParameter(2, policy.denyScore())
        .executeUpdate();
  }

  @Override
  public long record(
      CheckKind kind, ScreenedPerson person, Money amount, Verdict verdict, Instant at) {
    String network = ClientNetwork.of(person.clientAddress()).orElse(null);
    long id =
        SqlValues.toLong(
            em.createNativeQuery(
                    "INSERT INTO fraud_checks (kind, user_id, organisation_id, email,"
                        + " client_address, network, amount, currency, score, outcome, status,"
                        + " created_at) VALUES (?1, CAST(?2 AS bigint), CAST(?3 AS bigint), ?4,"
                        + " ?5, ?6, CAST(?7 AS numeric), CAST(?8 AS char(3)), ?9, ?10,"
                        + " CAST(?11 AS varchar), ?12) RETURNING id")
                .setParameter(1, kind.name())
                .setParameter(2, person.userId())
                .setParameter(3, person.organisationId())
                .setParameter(4, PlainText.cut(person.email(), 254))
                .setParameter(5, PlainText.cut(person.clientAddress(), 45))
                .setParameter(6, network)
                .setParameter(7, amount == null ? null : amount.amount())
                .setParameter(8, amount == null ? null : amount.currency().getCurrencyCode())
                .setParameter(9, verdict.score())
                .setParameter(10, verdict.outcome().name())
                .setParameter(
                    11, verdict.outcome() == Outcome.REVIEW ? ReviewStatus.PENDING.name() : null)
                .setParameter(12, Timestamp.from(at))
                .getSingleResult());
    for (Signal signal : verdict.signals()) {
      em.createNativeQuery(
              "INSERT INTO fraud_signals (check_id, rule, weight, detail) VALUES (?1, ?2, ?3, ?4)")
          .setParameter(1, id)
          .setParameter(2, signal.rule().name())
          .setParameter(3, signal.weight())
          .setParameter(4, PlainText.cut(signal.detail(), 300))
          .executeUpdate();
    }
    return id;
  }

  @Override
  public long countFromNetwork(CheckKind kind, String network, Instant since) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "SELECT count(*) FROM fraud_checks WHERE network = ?1 AND kind = ?2"
                    + " AND created_at >= ?3")
            .setParameter(1, network)
            .setParameter(2, kind.name())
            .setParameter(3, Timestamp.from(since))
            .getSingleResult());
  }

  @Override
  public boolean hasOrdered(long organisationId) {
    // an order held for review, or one ended without ever being built (denied, withdrawn), is no
    // order yet: otherwise a second order placed meanwhile would pass as a repeat customer's
    return (Boolean)
        em.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM servers s WHERE s.organisation_id = ?1"
                    + " AND NOT s.held_for_review"
                    + " AND NOT (s.status = 'TERMINATED' AND s.billable_from IS NULL))"
                    + " OR EXISTS (SELECT 1 FROM subscriptions WHERE organisation_id = ?1)")
            .setParameter(1, organisationId)
            .getSingleResult();
  }

  @Override
  public void withdraw(long serverId, String by, Instant at) {
    em.createNativeQuery(
            "UPDATE fraud_checks SET status = 'WITHDRAWN', decided_by = ?2, decided_at = ?3,"
                + " reason = 'The customer deleted the server' WHERE server_id = ?1"
                + " AND status = 'PENDING'")
        .setParameter(1, serverId)
        .setParameter(2, PlainText.cut(by, 254))
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public List<Block> matching(
      String email, List<String> domains, String name, String address, String network) {
    List<String> keys = new ArrayList<>();
    if (email != null) {
      keys.add("EMAIL " + email);
    }
    domains.forEach(d -> keys.add("DOMAIN " + d));
    if (name != null) {
      keys.add("NAME " + name);
    }
    if (address != null) {
      keys.add("ADDRESS " + address);
    }
    if (network != null) {
      keys.add("ADDRESS " + network);
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    return blocks(
        em.createNativeQuery(
                BLOCKS
                    + " WHERE kind || ' ' || value = ANY (string_to_array(?1, CHR(10))) ORDER BY id")
            .setParameter(1, String.join("\n", keys))
            .getResultList());
  }

  @Override
  public void attachUser(long checkId, long userId) {
    em.createNativeQuery("UPDATE fraud_checks SET user_id = ?2 WHERE id = ?1")
        .setParameter(1, checkId)
        .setParameter(2, userId)
        .executeUpdate();
  }

  @Override
  public void holdsServer(long checkId, long serverId, String subject) {
    em.createNativeQuery("UPDATE fraud_checks SET server_id = ?2, subject = ?3 WHERE id = ?1")
        .setParameter(1, checkId)
        .setParameter(2, serverId)
        .setParameter(3, PlainText.cut(subject, 300))
        .executeUpdate();
  }

  @Override
  public void describe(long checkId, String subject) {
    em.createNativeQuery("UPDATE fraud_checks SET subject = ?2 WHERE id = ?1")
        .setParameter(1, checkId)
        .setParameter(2, PlainText.cut(subject, 300))
        .executeUpdate();
  }

  @Override
  public boolean hasPaid(long organisationId) {
    return exists(
        "SELECT 1 FROM payments WHERE organisation_id = ?1 AND status = 'SUCCEEDED' LIMIT 1",
        organisationId);
  }

  @Override
  public boolean orderApproved(long organisationId) {
    // approving a card says nothing of orders
    return exists(
        "SELECT 1 FROM fraud_checks WHERE organisation_id = ?1"
            + " AND kind IN ('ORDER', 'TOP_UP') AND status = 'APPROVED'"
            + " AND payment_id IS NULL LIMIT 1",
        organisationId);
  }

  @Override
  public Optional<String> nameOf(long userId) {
    return em
        .createNativeQuery("SELECT display_name FROM users WHERE id = ?1")
        .setParameter(1, userId)
        .getResultList()
        .stream()
        .map(String.class::cast)
        .findFirst();
  }

  @Override
  public boolean underReview(long userId, long organisationId) {
    return exists(
        "SELECT 1 FROM fraud_checks WHERE status = 'PENDING' AND ((user_id = ?1"
            + " AND kind = 'SIGN_UP') OR (organisation_id = ?2 AND payment_id IS NOT NULL))"
            + " LIMIT 1",
        userId,
        organisationId);
  }

  @Override
  public Optional<PaidByCard> paidByCard(long paymentId) {
    List<Object[]> rows =
        rows(
            em.createNativeQuery(
                    "SELECT p.organisation_id, p.amount, p.currency, p.card_fingerprint,"
                        + " p.card_country, o.country, u.id, u.email, u.display_name"
                        + " FROM payments p JOIN organisations o ON o.id = p.organisation_id"
                        + " JOIN users u ON u.id = o.created_by"
                        + " WHERE p.id = ?1 AND p.status = 'SUCCEEDED'"
                        // screened once, however often the news of it comes
                        + " AND NOT EXISTS (SELECT 1 FROM fraud_checks f WHERE f.payment_id = p.id)")
                .setParameter(1, paymentId)
                .getResultList());
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new PaidByCard(
                    SqlValues.toLong(r[0]),
                    new Money((BigDecimal) r[1], Currency.getInstance(((String) r[2]).trim())),
                    (String) r[3],
                    r[4] == null ? null : ((String) r[4]).trim(),
                    r[5] == null ? null : ((String) r[5]).trim(),
                    SqlValues.toLong(r[6]),
                    (String) r[7],
                    (String) r[8]));
  }

  @Override
  public long othersWithCard(String fingerprint, long organisationId) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "SELECT count(DISTINCT organisation_id) FROM payments"
                    + " WHERE card_fingerprint = ?1 AND organisation_id <> ?2"
                    + " AND status = 'SUCCEEDED'")
            .setParameter(1, fingerprint)
            .setParameter(2, organisationId)
            .getSingleResult());
  }

  @Override
  public boolean cardApproved(long organisationId, String fingerprint) {
    return exists(
        "SELECT 1 FROM fraud_checks f JOIN payments p ON p.id = f.payment_id"
            + " WHERE f.organisation_id = ?1 AND f.status = 'APPROVED'"
            + " AND p.card_fingerprint = ?2 LIMIT 1",
        organisationId,
        fingerprint);
  }

  @Override
  public void holdsPayment(long checkId, long paymentId, String subject) {
    em.createNativeQuery("UPDATE fraud_checks SET payment_id = ?2, subject = ?3 WHERE id = ?1")
        .setParameter(1, checkId)
        .setParameter(2, paymentId)
        .setParameter(3, PlainText.cut(subject, 300))
        .executeUpdate();
  }

  @Override
  public Page<CheckView> checks(CheckFilter filter, PageRequest page) {
    String where =
        switch (filter) {
          case PENDING, APPROVED, DENIED, WITHDRAWN -> " WHERE c.status = '" + filter.name() + "'";
          case REFUSED -> " WHERE c.outcome = 'DENY'";
          case ALL -> " WHERE c.outcome <> 'ALLOW'";
        };
    Page<CheckView> found =
        NativePages.of(
            em,
            page,
            "SELECT count(*) FROM fraud_checks c" + where,
            CHECKS + where + " ORDER BY c.id DESC",
            SqlFraudStore::check);
    return withSignals(found);
  }

  @Override
  public List<CheckView> ofUser(long userId, int limit) {
    List<CheckView> checks =
        rows(
                em.createNativeQuery(CHECKS + " WHERE c.user_id = ?1 ORDER BY c.id DESC LIMIT ?2")
                    .setParameter(1, userId)
                    .setParameter(2, limit)
                    .getResultList())
            .stream()
            .map(SqlFraudStore::check)
            .toList();
    return withSignals(checks);
  }

  @Override
  public Optional<CheckView> find(long checkId) {
    return one(CHECKS + " WHERE c.id = ?1", checkId);
  }

  @Override
  public Optional<CheckView> lockPending(long checkId) {
    return one(CHECKS + " WHERE c.id = ?1 AND c.status = 'PENDING' FOR UPDATE OF c", checkId);
  }

  private Optional<CheckView> one(String sql, long checkId) {
    List<CheckView> found =
        rows(em.createNativeQuery(sql).setParameter(1, checkId).getResultList()).stream()
            .map(SqlFraudStore::check)
            .toList();
    return withSignals(found).stream().findFirst();
  }

  @Override
  public void decide(long checkId, ReviewStatus status, String by, String reason, Instant at) {
    em.createNativeQuery(
            "UPDATE fraud_checks SET status = ?2, decided_by = ?3, reason = CAST(?4 AS varchar),"
                + " decided_at = ?5"
                + " WHERE id = ?1")
        .setParameter(1, checkId)
        .setParameter(2, status.name())
        .setParameter(3, PlainText.cut(by, 254))
        .setParameter(4, reason)
        .setParameter(5, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public Page<Block> blocks(PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM fraud_blocks",
        BLOCKS + " ORDER BY id DESC",
        SqlFraudStore::block);
  }

  @Override
  public boolean block(BlockKind kind, String value, String reason, String by, Instant at) {
    return em.createNativeQuery(
                "INSERT INTO fraud_blocks (kind, value, reason, created_by, created_at)"
                    + " VALUES (?1, ?2, CAST(?3 AS varchar), ?4, ?5)"
                    + " ON CONFLICT (kind, value) DO NOTHING")
            .setParameter(1, kind.name())
            .setParameter(2, value)
            .setParameter(3, reason)
            .setParameter(4, PlainText.cut(by, 254))
            .setParameter(5, Timestamp.from(at))
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<Block> unblock(long blockId) {
    return blocks(
            em.createNativeQuery(
                    "DELETE FROM fraud_blocks WHERE id = ?1"
                        + " RETURNING id, kind, value, reason, created_by, created_at")
                .setParameter(1, blockId)
                .getResultList())
        .stream()
        .findFirst();
  }

  private Page<CheckView> withSignals(Page<CheckView> page) {
    return new Page<>(withSignals(page.items()), page.total(), page.request());
  }

  private List<CheckView> withSignals(List<CheckView> checks) {
    if (checks.isEmpty()) {
      return checks;
    }
    Map<Long, List<Signal>> signals =
        rows(
                em.createNativeQuery(
                        "SELECT check_id, rule, weight, detail FROM fraud_signals"
                            + " WHERE check_id = ANY (CAST(string_to_array(?1, ',') AS bigint[]))"
                            + " ORDER BY weight DESC, rule")
                    .setParameter(
                        1,
                        checks.stream()
                            .map(c -> String.valueOf(c.id()))
                            .collect(Collectors.joining(",")))
                    .getResultList())
            .stream()
            .filter(r -> known((String) r[1]))
            .collect(
                Collectors.groupingBy(
                    r -> SqlValues.toLong(r[0]),
                    Collectors.mapping(
                        r ->
                            new Signal(
                                FraudRule.valueOf((String) r[1]),
                                SqlValues.toInt(r[2]),
                                (String) r[3]),
                        Collectors.toList())));
    return checks.stream()
        .map(c -> c.withSignals(signals.getOrDefault(c.id(), List.of())))
        .toList();
  }

  private static CheckView check(Object[] r) {
    return new CheckView(
        SqlValues.toLong(r[0]),
        CheckKind.valueOf((String) r[1]),
        r[2] == null ? null : SqlValues.toLong(r[2]),
        (String) r[3],
        (String) r[4],
        r[5] == null ? null : SqlValues.toLong(r[5]),
        (String) r[6],
        (String) r[7],
        (String) r[8],
        r[9] == null
            ? null
            : new Money((BigDecimal) r[9], Currency.getInstance(((String) r[10]).trim())),
        SqlValues.toInt(r[11]),
        Outcome.valueOf((String) r[12]),
        r[13] == null ? null : ReviewStatus.valueOf((String) r[13]),
        (String) r[14],
        r[15] == null ? null : SqlValues.toLong(r[15]),
        r[16] == null ? null : SqlValues.toLong(r[16]),
        (String) r[17],
        r[18] == null ? null : SqlValues.instant(r[18]),
        (String) r[19],
        SqlValues.instant(r[20]),
        List.of());
  }

  private static List<Block> blocks(List<?> rows) {
    return rows(rows).stream().map(SqlFraudStore::block).toList();
  }

  private static Block block(Object[] r) {
    return new Block(
        SqlValues.toLong(r[0]),
        BlockKind.valueOf((String) r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        SqlValues.instant(r[5]));
  }

  private boolean exists(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return !query.getResultList().isEmpty();
  }

  private static List<Object[]> rows(List<?> rows) {
    return rows.stream().map(Object[].class::cast).toList();
  }
}
