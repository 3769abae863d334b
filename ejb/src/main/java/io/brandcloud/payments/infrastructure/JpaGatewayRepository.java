package io.brandcloud.payments.infrastructure;

import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewayRepository;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaGatewayRepository implements GatewayRepository {

  private static final String COLUMNS =
      "SELECT id, kind, live, api_url, public_id, sealed_secret, sealed_webhook_secret,"
          + " webhook_id, enabled, min_amount, max_amount, presets, checked_at, check_error"
          + " FROM payment_gateways";

  @PersistenceContext EntityManager em;

  @Override
  public Optional<GatewaySettings> find(GatewayKind kind) {
    return one(
        em.createNativeQuery(COLUMNS + " WHERE kind = ?1")
            .setParameter(1, kind.name())
            .getResultList());
  }

  @Override
  public Optional<GatewaySettings> find(long id) {
    return one(
        em.createNativeQuery(COLUMNS + " WHERE id = ?1").setParameter(1, id).getResultList());
  }

  @Override
  public List<GatewaySettings> all() {
    List<?> rows = em.createNativeQuery(COLUMNS + " ORDER BY id").getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaGatewayRepository::settings).toList();
  }

  @Override
  public long save(GatewaySettings s, Instant at) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO payment_gateways (kind, live, api_url, public_id, sealed_secret,"
                    + " sealed_webhook_secret, webhook_id, enabled, min_amount, max_amount,"
                    + " presets, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                    + " ?11, ?12) ON CONFLICT (kind) DO UPDATE SET live = excluded.live,"
                    + " api_url = excluded.api_url, public_id = excluded.public_id,"
                    + " sealed_secret = excluded.sealed_secret,"
                    + " sealed_webhook_secret = excluded.sealed_webhook_secret,"
                    + " webhook_id = excluded.webhook_id, enabled = excluded.enabled,"
                    + " min_amount = excluded.min_amount, max_amount = excluded.max_amount,"
                    + " presets = excluded.presets, checked_at = NULL, check_error = NULL"
                    + " RETURNING id")
            .setParameter(1, s.kind().name())
            .setParameter(2, s.live())
            .setParameter(3, s.apiUrl())
            .setParameter(4, s.publicId())
            .setParameter(5, s.sealedSecret())
            .setParameter(6, s.sealedWebhookSecret())
            .setParameter(7, s.webhookId())
            .setParameter(8, s.enabled())
            .setParameter(9, s.minAmount())
            .setParameter(10, s.maxAmount())
            .setParameter(
                11,
                s.presets().stream()
                    .map(BigDecimal::toPlainString)
                    .collect(Collectors.joining(",")))
            .setParameter(12, Timestamp.from(at))
            .getSingleResult());
  }

  @Override
  public void checked(long id, Instant at, String error) {
    em.createNativeQuery(
            "UPDATE payment_gateways SET checked_at = ?2, check_error = ?3 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, Timestamp.from(at))
        .setParameter(3, error)
        .executeUpdate();
  }

  private static Optional<GatewaySettings> one(List<?> rows) {
    return rows.stream().map(Object[].class::cast).map(JpaGatewayRepository::settings).findFirst();
  }

  private static GatewaySettings settings(Object[] r) {
    String presets = (String) r[11];
    return new GatewaySettings(
        SqlValues.toLong(r[0]),
        GatewayKind.valueOf((String) r[1]),
        (Boolean) r[2],
        (String) r[3],
        (String) r[4],
        (byte[]) r[5],
        (byte[]) r[6],
        (String) r[7],
        (Boolean) r[8],
        (BigDecimal) r[9],
        (BigDecimal) r[10],
        presets.isBlank()
            ? List.of()
            : Arrays.stream(presets.split(",")).map(BigDecimal::new).toList(),
        r[12] == null ? null : SqlValues.instant(r[12]),
        (String) r[13]);
  }
}
