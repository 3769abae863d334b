package io.brandcloud.fraud.infrastructure;

import io.brandcloud.fraud.domain.CheckFilter;
import io.brandcloud.fraud.domain.CheckKind;
import io.brandcloud.fraud.domain.CheckRecords;
import io.brandcloud.fraud.domain.CheckView;
import io.brandcloud.fraud.domain.ClientNetwork;
import io.brandcloud.fraud.domain.FraudRule;
import io.brandcloud.fraud.domain.Outcome;
import io.brandcloud.fraud.domain.ReviewStatus;
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
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The screening checks of the current tenant, with their signals. */
@ApplicationScoped
public class SqlCheckRecords implements CheckRecords {

  private static final String CHECKS =
      "SELECT c.id, c.kind, c.user_id, u.display_name, c.email, c.organisation_id, o.name,"
          + " c.client_address, c.network, c.amount, c.currency, c.score, c.outcome, c.status,"
          + " c.subject, c.server_id, c.payment_id, c.decided_by, c.decided_at, c.reason,"
          + " c.created_at, p.card_fingerprint"
          + " FROM fraud_checks c LEFT JOIN users u ON u.id = c.user_id"
          + " LEFT JOIN organisations o ON o.id = c.organisation_id"
          + " LEFT JOIN payments p ON p.id = c.payment_id";

  @PersistenceContext EntityManager em;

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
  public void describe(long checkId, String subject) {
    em.createNativeQuery("UPDATE fraud_checks SET subject = ?2 WHERE id = ?1")
        .setParameter(1, checkId)
        .setParameter(2, PlainText.cut(subject, 300))
        .executeUpdate();
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
    holds(checkId, "server_id", serverId, subject);
  }

  @Override
  public void holdsPayment(long checkId, long paymentId, String subject) {
    holds(checkId, "payment_id", paymentId, subject);
  }

  /** {@code column} is named by the two callers above, never taken from input. */
  private void holds(long checkId, String column, long id, String subject) {
    em.createNativeQuery("UPDATE fraud_checks SET " + column + " = ?2, subject = ?3 WHERE id = ?1")
        .setParameter(1, checkId)
        .setParameter(2, id)
        .setParameter(3, PlainText.cut(subject, 300))
        .executeUpdate();
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
            SqlCheckRecords::check);
    return withSignals(found);
  }

  @Override
  public List<CheckView> ofUser(long userId, int limit) {
    List<CheckView> checks =
        Rows.of(
                em.createNativeQuery(CHECKS + " WHERE c.user_id = ?1 ORDER BY c.id DESC LIMIT ?2")
                    .setParameter(1, userId)
                    .setParameter(2, limit)
                    .getResultList())
            .stream()
            .map(SqlCheckRecords::check)
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
        Rows.of(em.createNativeQuery(sql).setParameter(1, checkId).getResultList()).stream()
            .map(SqlCheckRecords::check)
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

  private Page<CheckView> withSignals(Page<CheckView> page) {
    return new Page<>(withSignals(page.items()), page.total(), page.request());
  }

  private List<CheckView> withSignals(List<CheckView> checks) {
    if (checks.isEmpty()) {
      return checks;
    }
    Map<Long, List<Signal>> signals =
        Rows.of(
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
            .filter(r -> FraudRule.known((String) r[1]))
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
        (String) r[21],
        (String) r[17],
        r[18] == null ? null : SqlValues.instant(r[18]),
        (String) r[19],
        SqlValues.instant(r[20]),
        List.of());
  }
}
