package io.brandcloud.payments.infrastructure;

import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.PaymentEventLog;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPaymentEventLog implements PaymentEventLog {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Long> store(long gatewayId, GatewayEvent event, String payload, Instant at) {
    List<?> stored =
        em.createNativeQuery(
                "INSERT INTO payment_events (gateway_id, event_id, type, payload, received_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (gateway_id, event_id) DO NOTHING"
                    + " RETURNING id")
            .setParameter(1, gatewayId)
            .setParameter(2, PlainText.cut(event.eventId(), 200))
            .setParameter(3, PlainText.cut(event.rawType(), 100))
            .setParameter(4, payload)
            .setParameter(5, Timestamp.from(at))
            .getResultList();
    return stored.stream().map(id -> SqlValues.toLong(id)).findFirst();
  }

  @Override
  public Optional<StoredEvent> find(long id) {
    List<?> rows =
        em.createNativeQuery("SELECT id, gateway_id, payload FROM payment_events WHERE id = ?1")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new StoredEvent(SqlValues.toLong(r[0]), SqlValues.toLong(r[1]), (String) r[2]))
        .findFirst();
  }
}
