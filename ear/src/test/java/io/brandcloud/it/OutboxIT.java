package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.outbox.DeadLetter;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.outbox.MessageHandlers;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.outbox.OutboxDelivery;
import io.brandcloud.outbox.OutboxDispatcher;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.RequestOrigin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox delivers each message to each handler: a failing handler's work rolls back and is
 * retried with backoff until it is dead-lettered (never lost, and retried by staff), and a handler
 * that succeeded never runs again, however many dispatchers compete for its rows.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

  @Inject TestTenants tenants;
  @Inject MessageHandlers handlers;
  @EJB Outbox outbox;
  @EJB OutboxDelivery delivery;
  @EJB OutboxDispatcher dispatcher;
  @EJB AuditLog audit;
  @Resource UserTransaction transaction;
  @Resource ManagedExecutorService executor;

  private final List<MessageHandler<?>> subscribed = new ArrayList<>();

  @AfterEach
  void unsubscribe() {
    subscribed.forEach(handlers::unsubscribe);
  }

  @Test
  void aFailingHandlerIsRetriedThenDeadLetteredAndRunsAgainWhenStaffRetryIt() throws Exception {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("dead"), BigDecimal.ZERO);
    AtomicBoolean broken = new AtomicBoolean(true);
    AtomicInteger succeeded = new AtomicInteger();
    subscribe(
        new ProbeHandler("failing-then-fixed") {
          @Override
          public void handle(OutboxProbe probe) {
            audit.record(null, "probe.handled", probe.key(), "written before the failure");
            if (broken.get()) {
              throw new IllegalStateException("the upstream is down");
            }
            succeeded.incrementAndGet();
          }
        });
    RequestOrigin.runAs("tester@dead.test", () -> publish(shop, List.of(new OutboxProbe("one"))));
    long row = shop.as(() -> rowOf("failing-then-fixed"));

    for (int attempt = 1; attempt <= 8; attempt++) {
      int expected = attempt;
      await().atMost(Duration.ofSeconds(20)).until(() -> attempts(shop, row) == expected);
      if (attempt < 8) {
        assertThat(status(shop, row)).isEqualTo("PENDING");
        // the backoff grows to minutes: bring the next attempt, and the tenant's flag, forward
        shop.as(() -> sql("UPDATE outbox_messages SET next_attempt_at = now() WHERE id = " + row));
        sql(
            "UPDATE platform.work_due SET due_at = now() WHERE queue = 'messages' AND tenant_id = "
                + shop.tenant().tenantId());
      }
    }
    assertThat(status(shop, row)).isEqualTo("DEAD");
    assertThat(
            shop.as(() -> count("SELECT count(*) FROM audit_log WHERE action = 'probe.handled'")))
        .as("the failed attempts' own writes rolled back")
        .isZero();
    List<DeadLetter> dead = shop.as(() -> delivery.dead(PageRequest.of("1", "20")).items());
    assertThat(dead).extracting(DeadLetter::id).containsExactly(row);
    assertThat(dead.get(0).lastError()).contains("the upstream is down");
    assertThat(dead.get(0).attempts()).isEqualTo(8);

    broken.set(false);
    shop.as(
        () -> {
          inTransaction(() -> delivery.retry(row));
          return null;
        });
    await().atMost(Duration.ofSeconds(20)).until(() -> "DONE".equals(status(shop, row)));
    assertThat(succeeded).hasValue(1);
    assertThat(
            shop.as(() -> count("SELECT count(*) FROM audit_log WHERE action = 'probe.handled'")))
        .isEqualTo(1);
    assertThat(
            shop.as(
                () ->
                    String.valueOf(
                        tenants
                            .em()
                            .createNativeQuery(
                                "SELECT actor FROM audit_log WHERE action = 'probe.handled'")
                            .getSingleResult())))
        .as("the handler acted for whoever published the message")
        .isEqualTo("tester@dead.test");
  }

  @Test
  void aHandlerThatSucceededNeverRunsTwiceWhileThreeDispatchersCompete() throws Exception {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("twice"), BigDecimal.ZERO);
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    subscribe(
        new ProbeHandler("counting") {
          @Override
          public void handle(OutboxProbe probe) {
            runs.computeIfAbsent(probe.key(), k -> new AtomicInteger()).incrementAndGet();
          }
        });
    List<OutboxProbe> probes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      probes.add(new OutboxProbe("probe-" + i));
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> competitors = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      competitors.add(
          executor.submit(
              () -> {
                start.await();
                for (int round = 0; round < 5; round++) {
                  shop.as(() -> dispatcher.drainTenant(0));
                }
                return null;
              }));
    }
    publish(shop, probes);
    start.countDown();
    for (Future<?> competitor : competitors) {
      competitor.get();
    }
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                shop.as(
                        () ->
                            count(
                                "SELECT count(*) FROM outbox_messages WHERE status = 'DONE'"
                                    + " AND handler = 'counting'"))
                    == 300);
    assertThat(runs).hasSize(300);
    assertThat(runs.values()).allSatisfy(n -> assertThat(n).hasValue(1));
  }

  @Test
  void aMessageOfARolledBackTransactionIsNeverDelivered() throws Exception {
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("rollback"), BigDecimal.ZERO);
    AtomicInteger runs = new AtomicInteger();
    subscribe(
        new ProbeHandler("never") {
          @Override
          public void handle(OutboxProbe probe) {
            runs.incrementAndGet();
          }
        });
    shop.as(
        () -> {
          try {
            transaction.begin();
            outbox.publish(new OutboxProbe("rolled back"));
            transaction.rollback();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return null;
        });
    publish(shop, List.of(new OutboxProbe("committed")));
    await().atMost(Duration.ofSeconds(20)).until(() -> runs.get() == 1);
    assertThat(shop.as(() -> count("SELECT count(*) FROM outbox_messages WHERE handler = 'never'")))
        .isEqualTo(1);
  }

  private abstract static class ProbeHandler implements MessageHandler<OutboxProbe> {
    private final String name;

    ProbeHandler(String name) {
      this.name = name;
    }

    @Override
    public Class<OutboxProbe> handles() {
      return OutboxProbe.class;
    }

    @Override
    public String name() {
      return name;
    }
  }

  private void subscribe(MessageHandler<?> handler) {
    handlers.subscribe(handler);
    subscribed.add(handler);
  }

  private void publish(Fixture shop, List<OutboxProbe> probes) {
    shop.as(
        () -> {
          inTransaction(() -> probes.forEach(outbox::publish));
          return null;
        });
  }

  private void inTransaction(Runnable work) {
    try {
      transaction.begin();
      work.run();
      transaction.commit();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long rowOf(String handler) {
    return ((Number)
            tenants
                .em()
                .createNativeQuery("SELECT id FROM outbox_messages WHERE handler = ?1")
                .setParameter(1, handler)
                .getSingleResult())
        .longValue();
  }

  private int attempts(Fixture shop, long row) {
    return shop.as(() -> (int) count("SELECT attempts FROM outbox_messages WHERE id = " + row));
  }

  private String status(Fixture shop, long row) {
    return shop.as(
        () ->
            (String)
                tenants
                    .em()
                    .createNativeQuery("SELECT status FROM outbox_messages WHERE id = " + row)
                    .getSingleResult());
  }

  private long count(String query) {
    return ((Number) tenants.em().createNativeQuery(query).getSingleResult()).longValue();
  }

  private Object sql(String statement) {
    inTransaction(() -> tenants.em().createNativeQuery(statement).executeUpdate());
    return null;
  }
}
