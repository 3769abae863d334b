package io.brandcloud.payments.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.PaymentGateway;
import io.brandcloud.payments.domain.PaymentOutcome;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.CoalescedRuns;
import io.brandcloud.shared.Failures;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Carries out what payments ask of gateways outside any request: checkouts nobody came back from
 * (and PayPal orders approved but not captured), automatic top-ups and refunds staff asked for.
 * What is due is claimed in a short transaction, each gateway call runs with no transaction open,
 * and its answer is applied in another. Runs right after work is added and every ten seconds.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentWorker {

  private static final Logger LOG = Logger.getLogger(PaymentWorker.class);
  private static final Caller SYSTEM = Caller.system("payments");
  private static final int TENANTS_PER_ROUND = 50;
  private static final int ITEMS_PER_TENANT = 20;

  @EJB WorkDue due;
  @EJB PaymentWorkerSteps work;
  @EJB PaymentSteps steps;
  @Inject GatewayClients clients;
  @Inject TenantLookup tenants;
  @Resource ManagedExecutorService executor;

  private final CoalescedRuns rounds = new CoalescedRuns("payments work", this::round);

  @PreDestroy
  void stop() {
    rounds.stop();
  }

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  public void everyTenSeconds() {
    nudge();
  }

  /** Asks for a round soon, on a pool thread; never blocks the caller. */
  public void nudge() {
    rounds.ask(executor);
  }

  /** Asks for a round once the caller's transaction committed the work it added. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void nudgeAfterCommit(TransactionSynchronizationRegistry transactions) {
    AfterCommit.run(transactions, this::nudge);
  }

  private boolean round() {
    boolean more = false;
    for (WorkDue.Flag flag : due.due(PaymentWorkerSteps.QUEUE, TENANTS_PER_ROUND)) {
      Optional<TenantContext> tenant = tenants.byId(flag.tenantId(), "payments");
      if (tenant.isEmpty()) {
        continue;
      }
      List<PaymentWorkerSteps.Item> items =
          CurrentTenant.supplyAs(tenant.get(), () -> work.claim(flag.version(), ITEMS_PER_TENANT));
      more |= items.size() == ITEMS_PER_TENANT;
      for (PaymentWorkerSteps.Item item : items) {
        CurrentTenant.runAs(tenant.get(), () -> CurrentCaller.runAs(SYSTEM, () -> carryOut(item)));
      }
    }
    return more;
  }

  private void carryOut(PaymentWorkerSteps.Item item) {
    try {
      if (item instanceof PaymentWorkerSteps.Check check) {
        check(check);
      } else if (item instanceof PaymentWorkerSteps.Charge charge) {
        charge(charge);
      } else if (item instanceof PaymentWorkerSteps.RefundItem refund) {
        refund(refund);
      }
    } catch (RuntimeException e) {
      LOG.errorf(e, "Payments work %s failed; its lease runs out and it is tried again", item);
    }
  }

  private void check(PaymentWorkerSteps.Check check) {
    if (check.payment().checkoutReference() == null) {
      steps.apply(check.payment().id(), PaymentOutcome.failed("The checkout was never opened"));
      return;
    }
    try {
      PaymentOutcome outcome =
          gateway(check.account().kind())
              .confirm(check.account(), check.payment().checkoutReference(), check.reference());
      steps.apply(check.payment().id(), outcome);
    } catch (GatewayException e) {
      LOG.warnf("Asking about payment %d failed: %s", check.payment().id(), e.getMessage());
      steps.checkFailed(check.payment().id());
    }
  }

  private void charge(PaymentWorkerSteps.Charge charge) {
    if (charge.card() == null) {
      work.chargeFailed(charge, "No card is saved");
      return;
    }
    try {
      PaymentOutcome outcome =
          gateway(charge.account().kind())
              .chargeSaved(
                  charge.account(), charge.card(), charge.payment().amount(), charge.reference());
      work.charged(charge, outcome);
    } catch (GatewayException e) {
      if (e.transientFailure()) {
        LOG.warnf("Charging payment %d failed: %s", charge.payment().id(), e.getMessage());
        steps.checkFailed(charge.payment().id());
      } else {
        work.chargeFailed(charge, e.getMessage());
      }
    }
  }

  private void refund(PaymentWorkerSteps.RefundItem item) {
    try {
      String refundId =
          gateway(item.account().kind())
              .refund(
                  item.account(),
                  item.payment().gatewayPaymentId(),
                  new Money(item.refund().amount(), item.payment().amount().currency()),
                  item.reference())
              .refundId();
      work.refunded(item, refundId);
    } catch (GatewayException e) {
      work.refundFailed(item, e.getMessage(), e.transientFailure());
    } catch (RuntimeException e) {
      work.refundFailed(item, Failures.describe(e), true);
    }
  }

  private PaymentGateway gateway(GatewayKind kind) {
    return clients.of(kind);
  }
}
