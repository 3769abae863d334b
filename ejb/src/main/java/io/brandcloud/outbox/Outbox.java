package io.brandcloud.outbox;

import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Publishes events and commands in the caller's transaction: they exist exactly when the change
 * that caused them commits, and are handled after it, with the tenant, request id and caller of the
 * publishing request.
 */
@Stateless
public class Outbox {

  static final String QUEUE = "messages";

  @PersistenceContext EntityManager em;
  @Inject MessageHandlers handlers;
  @EJB WorkDue due;
  @EJB OutboxDispatcher dispatcher;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Writes the message for every handler of its type; a message nobody handles is a bug. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void publish(Record message) {
    List<MessageHandler<?>> targets = handlers.of(message.getClass());
    if (targets.isEmpty()) {
      throw new IllegalStateException("No handler takes " + message.getClass().getName());
    }
    TenantContext tenant = CurrentTenant.require();
    String payload = MessageJson.write(message);
    UUID messageId = UUID.randomUUID();
    for (MessageHandler<?> handler : targets) {
      em.createNativeQuery(
              "INSERT INTO outbox_messages (message_id, message_type, handler, payload,"
                  + " request_id, actor, status, next_attempt_at, created_at)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', now(), now())")
          .setParameter(1, messageId)
          .setParameter(2, message.getClass().getName())
          .setParameter(3, handler.name())
          .setParameter(4, payload)
          .setParameter(5, tenant.requestId())
          .setParameter(6, RequestOrigin.actor().orElse(null))
          .executeUpdate();
    }
    due.flag(QUEUE, Duration.ZERO);
    AfterCommit.run(transactions, dispatcher::nudge);
  }
}
