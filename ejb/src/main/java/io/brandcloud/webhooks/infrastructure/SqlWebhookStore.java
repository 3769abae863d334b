package io.brandcloud.webhooks.infrastructure;

import io.brandcloud.shared.NativePages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.webhooks.domain.WebhookCall;
import io.brandcloud.webhooks.domain.WebhookDelivery;
import io.brandcloud.webhooks.domain.WebhookEndpoint;
import io.brandcloud.webhooks.domain.WebhookFormat;
import io.brandcloud.webhooks.domain.WebhookStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Webhooks in the tenant's schema over native SQL: event types travel as a comma-joined text (no
 * pattern holds a comma) so no array binding is needed; times are the database's, like every queue.
 */
@ApplicationScoped
public class SqlWebhookStore implements WebhookStore {

  private static final String ENDPOINT_COLUMNS =
      "id, organisation_id, url, description, array_to_string(event_types, ','), enabled,"
          + " disabled_reason, failing_since, created_at, format";

  private static final String DELIVERY_COLUMNS =
      "d.id, d.endpoint_id, e.event_id::text, e.event_type, e.occurred_at, d.status, d.attempts,"
          + " d.next_attempt_at, d.last_attempt_at, d.response_status, d.last_error,"
          + " d.duration_millis, d.delivered_at";

  @PersistenceContext EntityManager em;

  @Override
  public long add(
      Long organisationId,
      String url,
      String description,
      List<String> eventTypes,
      byte[] secretSealed,
      Long createdBy,
      Instant now) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO webhook_endpoints (organisation_id, url, description, event_types,"
                    + " secret_sealed, created_by, created_at) VALUES (CAST(?1 AS BIGINT), ?2, ?3,"
                    + " string_to_array(?4, ','), ?5, CAST(?6 AS BIGINT), ?7) RETURNING id")
            .setParameter(1, organisationId == null ? null : organisationId.toString())
            .setParameter(2, url)
            .setParameter(3, description)
            .setParameter(4, String.join(",", eventTypes))
            .setParameter(5, secretSealed)
            .setParameter(6, createdBy == null ? null : createdBy.toString())
            .setParameter(7, Timestamp.from(now))
            .getSingleResult());
  }

  @Override
  public Optional<WebhookEndpoint> find(Long organisationId, long id) {
    return em
        .createNativeQuery(
            "SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoints WHERE id = ?1 AND " + owner(2))
        .setParameter(1, id)
        .setParameter(2, organisationId == null ? 0L : organisationId)
        .getResultList()
        .stream()
        .map(r -> endpoint((Object[]) r))
        .findFirst();
  }

  @Override
  public Optional<WebhookEndpoint> find(long id) {
    return em
        .createNativeQuery("SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoints WHERE id = ?1")
        .setParameter(1, id)
        .getResultList()
        .stream()
        .map(r -> endpoint((Object[]) r))
        .findFirst();
  }

  @Override
  public Optional<Long> creator(long id) {
    return em
        .createNativeQuery(
            "SELECT created_by FROM webhook_endpoints WHERE id = ?1 AND created_by IS NOT NULL")
        .setParameter(1, id)
        .getResultList()
        .stream()
        .map(SqlValues::toLong)
        .findFirst();
  }

  @Override
  public Page<WebhookEndpoint> list(Long organisationId, PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM webhook_endpoints WHERE " + owner(1),
        "SELECT " + ENDPOINT_COLUMNS + " FROM webhook_endpoints WHERE " + owner(1) + " ORDER BY id",
        SqlWebhookStore::endpoint,
        organisationId == null ? 0L : organisationId);
  }

  /** The tenant's own endpoints are those of no organisation; ids start at 1, so 0 means none. */
  private static String owner(int parameter) {
    return "COALESCE(organisation_id, 0) = ?" + parameter;
  }

  @Override
  public void change(
      long id, String url, String description, List<String> eventTypes, boolean enabled) {
    em.createNativeQuery(
            "UPDATE webhook_endpoints SET url = ?2, description = ?3,"
                + " event_types = string_to_array(?4, ','), enabled = ?5,"
                + " disabled_reason = CASE WHEN ?5 THEN NULL ELSE disabled_reason END,"
                + " failing_since = CASE WHEN ?5 AND NOT enabled OR url <> ?2 THEN NULL"
                + " ELSE failing_since END"
                + " WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, url)
        .setParameter(3, description)
        .setParameter(4, String.join(",", eventTypes))
        .setParameter(5, enabled)
        .executeUpdate();
  }

  @Override
  public void changeFormat(long id, WebhookFormat format) {
    em.createNativeQuery("UPDATE webhook_endpoints SET format = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, format.name())
        .executeUpdate();
  }

  @Override
  public void changeSecret(long id, byte[] secretSealed) {
    em.createNativeQuery("UPDATE webhook_endpoints SET secret_sealed = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, secretSealed)
        .executeUpdate();
  }

  @Override
  public void remove(long id) {
    em.createNativeQuery("DELETE FROM webhook_endpoints WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  public Page<WebhookDelivery> deliveries(long endpointId, PageRequest page) {
    return NativePages.of(
        em,
        page,
        "SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = ?1",
        "SELECT "
            + DELIVERY_COLUMNS
            + " FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id"
            + " WHERE d.endpoint_id = ?1 ORDER BY d.id DESC",
        SqlWebhookStore::delivery,
        endpointId);
  }

  @Override
  public Optional<WebhookDelivery> delivery(long endpointId, long deliveryId) {
    return em
        .createNativeQuery(
            "SELECT "
                + DELIVERY_COLUMNS
                + " FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id"
                + " WHERE d.endpoint_id = ?1 AND d.id = ?2")
        .setParameter(1, endpointId)
        .setParameter(2, deliveryId)
        .getResultList()
        .stream()
        .map(r -> delivery((Object[]) r))
        .findFirst();
  }

  @Override
  public boolean redeliver(long deliveryId) {
    return em.createNativeQuery(
                "UPDATE webhook_deliveries SET status = 'PENDING', attempts = 0,"
                    + " next_attempt_at = now() WHERE id = ?1 AND status <> 'SENDING'")
            .setParameter(1, deliveryId)
            .executeUpdate()
        > 0;
  }

  @Override
  public long addSingleEvent(long endpointId, Long organisationId, String type, String dataJson) {
    long event =
        SqlValues.toLong(
            em.createNativeQuery(
                    "INSERT INTO webhook_events (event_type, organisation_id, data)"
                        + " VALUES (?1, CAST(?2 AS BIGINT), CAST(?3 AS JSONB)) RETURNING id")
                .setParameter(1, type)
                .setParameter(2, organisationId == null ? null : organisationId.toString())
                .setParameter(3, dataJson)
                .getSingleResult());
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO webhook_deliveries (event_id, endpoint_id, status, next_attempt_at)"
                    + " VALUES (?1, ?2, 'PENDING', now()) RETURNING id")
            .setParameter(1, event)
            .setParameter(2, endpointId)
            .getSingleResult());
  }

  @Override
  public List<Due> claim(int limit, Duration lease) {
    List<?> rows =
        em.createNativeQuery(
                "WITH due AS (SELECT d.id FROM webhook_deliveries d"
                    + " JOIN webhook_endpoints p ON p.id = d.endpoint_id AND p.enabled"
                    + " WHERE d.status IN ('PENDING', 'SENDING') AND d.next_attempt_at <= now()"
                    + " ORDER BY d.next_attempt_at, d.id LIMIT ?1 FOR UPDATE OF d SKIP LOCKED)"
                    + " UPDATE webhook_deliveries d SET status = 'SENDING',"
                    + " next_attempt_at = now() + ?2 * interval '1 millisecond'"
                    + " FROM due, webhook_events e, webhook_endpoints p"
                    + " WHERE d.id = due.id AND e.id = d.event_id AND p.id = d.endpoint_id"
                    + " RETURNING d.id, d.endpoint_id, p.url, p.secret_sealed, e.event_id::text,"
                    + " e.event_type, e.organisation_id, e.data::text, e.occurred_at,"
                    + " d.attempts + 1, p.format,"
                    + " (SELECT o.name FROM organisations o WHERE o.id = e.organisation_id),"
                    + " (SELECT x.name FROM products x"
                    + " WHERE x.id = CAST(e.data ->> 'product_id' AS BIGINT)),"
                    + " coalesce((SELECT u.language FROM users u WHERE u.id = p.created_by),"
                    + " (SELECT t.locale FROM tenant_settings t LIMIT 1))")
            .setParameter(1, limit)
            .setParameter(2, lease.toMillis())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Due(
                    SqlValues.toLong(r[0]),
                    SqlValues.toLong(r[1]),
                    (String) r[2],
                    (byte[]) r[3],
                    (String) r[4],
                    (String) r[5],
                    SqlValues.longOrNull(r[6]),
                    (String) r[7],
                    SqlValues.instant(r[8]),
                    SqlValues.toInt(r[9]),
                    WebhookFormat.valueOf((String) r[10]),
                    (String) r[11],
                    (String) r[12],
                    (String) r[13]))
        .sorted((a, b) -> Long.compare(a.deliveryId(), b.deliveryId()))
        .toList();
  }

  @Override
  public Optional<Instant> nextDue() {
    Object next =
        em.createNativeQuery(
                "SELECT min(d.next_attempt_at) FROM webhook_deliveries d"
                    + " JOIN webhook_endpoints p ON p.id = d.endpoint_id AND p.enabled"
                    + " WHERE d.status IN ('PENDING', 'SENDING')")
            .getSingleResult();
    return Optional.ofNullable(next).map(SqlValues::instant);
  }

  @Override
  public boolean delivered(long deliveryId, int attempt, WebhookCall.Outcome outcome) {
    return result(
                "UPDATE webhook_deliveries SET status = 'DELIVERED', delivered_at = now(),"
                    + " next_attempt_at = NULL, attempts = attempts + 1, last_attempt_at = now(),"
                    + " response_status = NULLIF(?2, -1), last_error = NULL, duration_millis = ?3"
                    + CLAIMED,
                deliveryId,
                attempt,
                outcome)
            .executeUpdate()
        > 0;
  }

  @Override
  public boolean failed(
      long deliveryId, int attempt, WebhookCall.Outcome outcome, Duration retryIn) {
    return result(
                "UPDATE webhook_deliveries SET attempts = attempts + 1, last_attempt_at = now(),"
                    + " response_status = NULLIF(?2, -1), duration_millis = ?3, last_error = ?5,"
                    + " status = CASE WHEN ?6 THEN 'PENDING' ELSE 'FAILED' END,"
                    + " next_attempt_at = CASE WHEN ?6 THEN now() + ?7 * interval '1 millisecond'"
                    + " END"
                    + CLAIMED,
                deliveryId,
                attempt,
                outcome)
            .setParameter(5, shortened(outcome.error()))
            .setParameter(6, retryIn != null)
            .setParameter(7, retryIn == null ? 0L : retryIn.toMillis())
            .executeUpdate()
        > 0;
  }

  /**
   * Only the claim being answered: a delivery given up meanwhile (its endpoint switched off) or
   * sent again by someone's redelivery is left as it is.
   */
  private static final String CLAIMED =
      " WHERE id = ?1 AND status = 'SENDING' AND attempts = ?4 - 1";

  private Query result(String sql, long deliveryId, int attempt, WebhookCall.Outcome outcome) {
    return em.createNativeQuery(sql)
        .setParameter(1, deliveryId)
        .setParameter(4, attempt)
        .setParameter(2, outcome.status() == null ? -1 : outcome.status())
        .setParameter(3, (int) Math.min(Integer.MAX_VALUE, outcome.millis()));
  }

  private static String shortened(String error) {
    return error == null || error.length() <= 500 ? error : error.substring(0, 499) + "\u2026";
  }

  @Override
  public void endpointHealthy(long endpointId) {
    em.createNativeQuery(
            "UPDATE webhook_endpoints SET failing_since = NULL, last_failed_at = NULL"
                + " WHERE id = ?1 AND failing_since IS NOT NULL")
        .setParameter(1, endpointId)
        .executeUpdate();
  }

  @Override
  public boolean endpointFailing(long endpointId, Duration limit) {
    List<?> longer =
        em.createNativeQuery(
                "UPDATE webhook_endpoints SET failing_since = CASE WHEN failing_since IS NULL"
                    + " OR last_failed_at < now() - interval '1 day' THEN now()"
                    + " ELSE failing_since END, last_failed_at = now()"
                    + " WHERE id = ?1"
                    + " RETURNING failing_since < now() - ?2 * interval '1 millisecond'")
            .setParameter(1, endpointId)
            .setParameter(2, limit.toMillis())
            .getResultList();
    // an endpoint deleted while its delivery was on the way has no streak to keep
    return !longer.isEmpty() && (Boolean) longer.get(0);
  }

  @Override
  public int purge(Duration kept) {
    return em.createNativeQuery(
            "DELETE FROM webhook_events WHERE id IN (SELECT e.id FROM webhook_events e"
                + " WHERE e.occurred_at < now() - ?1 * interval '1 millisecond'"
                + " AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d"
                + " WHERE d.event_id = e.id AND d.status IN ('PENDING', 'SENDING'))"
                + " ORDER BY e.id LIMIT 500)")
        .setParameter(1, kept.toMillis())
        .executeUpdate();
  }

  @Override
  public boolean switchOff(long endpointId, String reason) {
    boolean switched =
        em.createNativeQuery(
                    "UPDATE webhook_endpoints SET enabled = FALSE, disabled_reason = ?2"
                        + " WHERE id = ?1 AND enabled")
                .setParameter(1, endpointId)
                .setParameter(2, shortened(reason))
                .executeUpdate()
            > 0;
    em.createNativeQuery(
            "UPDATE webhook_deliveries SET status = 'FAILED', next_attempt_at = NULL,"
                + " last_error = COALESCE(last_error, 'The endpoint was switched off')"
                + " WHERE endpoint_id = ?1 AND status IN ('PENDING', 'SENDING')")
        .setParameter(1, endpointId)
        .executeUpdate();
    return switched;
  }

  private static WebhookEndpoint endpoint(Object[] r) {
    return new WebhookEndpoint(
        SqlValues.toLong(r[0]),
        SqlValues.longOrNull(r[1]),
        (String) r[2],
        (String) r[3],
        List.copyOf(Arrays.asList(((String) r[4]).split(","))),
        (Boolean) r[5],
        (String) r[6],
        r[7] == null ? null : SqlValues.instant(r[7]),
        SqlValues.instant(r[8]),
        WebhookFormat.valueOf((String) r[9]));
  }

  private static WebhookDelivery delivery(Object[] r) {
    return new WebhookDelivery(
        SqlValues.toLong(r[0]),
        SqlValues.toLong(r[1]),
        (String) r[2],
        (String) r[3],
        SqlValues.instant(r[4]),
        WebhookDelivery.Status.valueOf((String) r[5]),
        SqlValues.toInt(r[6]),
        r[7] == null ? null : SqlValues.instant(r[7]),
        r[8] == null ? null : SqlValues.instant(r[8]),
        SqlValues.intOrNull(r[9]),
        (String) r[10],
        SqlValues.intOrNull(r[11]),
        r[12] == null ? null : SqlValues.instant(r[12]));
  }
}
