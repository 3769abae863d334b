package io.brandcloud.subscriptions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.application.BulkTermPayments;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.subscriptions.domain.PlainRenewals;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.subscriptions.domain.SubscriptionStatus;
import io.brandcloud.subscriptions.domain.Term;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Renews the current tenant's subscriptions whose paid time is over: first the plain ones in bulk
 * ({@link PlainRenewals}, a chunk per transaction), then the rest each in a transaction of its own:
 * the next term is paid from the wallet at the price the subscription was sold at (or the one a
 * change waits with); a subscription cancelled for the end of its term, or not renewing, ends; one
 * the wallet cannot pay for is tried again on every run and goes through the tenant's grace and
 * retention ({@link SubscriptionDunning}). A subscription renews once per term however often this
 * runs: the ledger reference of a term is unique.
 */
@Stateless
public class SubscriptionRenewals {

  private static final Logger LOG = Logger.getLogger(SubscriptionRenewals.class);

  private static final int BATCH = 500;
  private static final int CHUNK = 1000;

  @Inject SubscriptionRepository subscriptions;
  @Inject ProductRepository products;
  @Inject SubscriptionLedger ledger;
  @Inject SubscriptionViews views;
  @Inject ApplicationClock clock;
  @Inject SubscriptionDunning dunning;
  @Inject PlainRenewals plain;
  @EJB TenantSettings settings;
  @EJB BulkTermPayments bulk;
  @Resource SessionContext context;

  /** What one run did. */
  public record Outcome(int renewed, int ended, int pastDue, int failed) {}

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Outcome renewDue() {
    CurrentCaller.requirePrivileged();
    LocalDate today = LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
    SubscriptionRenewals self = context.getBusinessObject(SubscriptionRenewals.class);
    invoiceAhead(today, self);
    int renewed = 0;
    long plainAfter = -1;
    while (true) {
      Chunk chunk;
      try {
        chunk = self.renewPlain(today, plainAfter);
      } catch (RuntimeException e) {
        // the chunk rolled back; the one-by-one renewal below still renews each of them
        LOG.errorf(e, "Renewing plain subscriptions after %d in bulk failed", plainAfter);
        break;
      }
      renewed += chunk.renewed();
      if (chunk.examined() < CHUNK) {
        break;
      }
      plainAfter = chunk.lastId();
    }
    int ended = 0;
    int pastDue = 0;
    int failed = 0;
    long after = -1;
    while (true) {
      List<Long> due = subscriptions.dueOn(today, BATCH, after);
      for (long id : due) {
        SubscriptionStatus status;
        try {
          status = self.renew(id, today);
        } catch (RuntimeException e) {
          // its own transaction rolled back; the others go on, and it is tried on the next run
          LOG.errorf(e, "Renewing subscription %d failed", id);
          failed++;
          continue;
        }
        switch (status) {
          case ACTIVE, TRIAL -> renewed++;
          case PAST_DUE, SUSPENDED -> pastDue++;
          case CANCELLED, ENDED -> ended++;
        }
      }
      if (due.size() < BATCH) {
        return new Outcome(renewed, ended, pastDue, failed);
      }
      after = due.get(due.size() - 1);
    }
  }

  /**
   * Invoices the renewals of the tenant's {@code renewalInvoiceDays} ahead, each in a transaction
   * of its own: one that fails is tried again on the next run.
   */
  private void invoiceAhead(LocalDate today, SubscriptionRenewals self) {
    int days = settings.current().renewalInvoiceDays();
    if (days == 0) {
      return;
    }
    long after = -1;
    while (true) {
      List<Long> renewing =
          subscriptions.renewingWithoutInvoice(today, today.plusDays(days), BATCH, after);
      for (long id : renewing) {
        try {
          self.invoiceAhead(id);
        } catch (RuntimeException e) {
          LOG.errorf(e, "Invoicing the renewal of subscription %d ahead failed", id);
        }
      }
      if (renewing.size() < BATCH) {
        return;
      }
      after = renewing.get(renewing.size() - 1);
    }
  }

  /**
   * Invoices the subscription's next term at the price it will renew at (a price staff moved it to,
   * or its own); a change waiting for the term's end is invoiced when it happens.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void invoiceAhead(long subscriptionId) {
    CurrentCaller.requirePrivileged();
    Subscription subscription = subscriptions.forUpdate(subscriptionId).orElseThrow();
    if (subscription.status() != SubscriptionStatus.ACTIVE
        || !subscription.autoRenew()
        || subscription.cancelAtTermEnd()
        || subscription.pendingPriceId().isPresent()) {
      return;
    }
    ProductPrice current = products.price(subscription.priceId()).orElseThrow();
    Term next = subscription.nextTerm(current.cycle());
    ProductPrice price =
        subscription
            .nextPriceFor(next.start())
            .map(id -> products.price(id).orElseThrow())
            .orElse(current);
    ledger.invoiceAhead(subscription, price, next, views.productName(price.productId()));
  }

  /**
   * Renews a chunk of the plain due subscriptions in one statement and a transaction of its own;
   * what it leaves (trials, changes, price moves, coupons, wallets that do not cover) is renewed
   * one by one.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Chunk renewPlain(LocalDate today, long afterId) {
    String actor = CurrentCaller.requirePrivileged().name();
    Currency currency = CurrentTenant.require().currency();
    List<PlainRenewals.Due> due = plain.due(today, afterId, CHUNK);
    Set<Long> paid =
        bulk.payTermsInBulk(due.stream().map(d -> ledger.plainBill(d, currency)).toList(), actor);
    List<PlainRenewals.Due> renewed =
        due.stream().filter(d -> paid.contains(d.subscriptionId())).toList();
    plain.advance(renewed, clock.now(), actor, Math.max(currency.getDefaultFractionDigits(), 0));
    return new Chunk(
        due.size(),
        renewed.size(),
        due.isEmpty() ? afterId : due.get(due.size() - 1).subscriptionId());
  }

  /** What one chunk of plain renewals did: looked at, renewed, and the last id looked at. */
  public record Chunk(int examined, int renewed, long lastId) {}

  /** Renews or ends one subscription; answers its status afterwards. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SubscriptionStatus renew(long subscriptionId, LocalDate today) {
    Subscription subscription = subscriptions.forUpdate(subscriptionId).orElseThrow();
    if (!subscription.renewalDue(today)) {
      return subscription.status();
    }
    String actor = CurrentCaller.require().name();
    if (subscription.cancelAtTermEnd() || !subscription.autoRenew()) {
      SubscriptionStatus how =
          subscription.cancelAtTermEnd() ? SubscriptionStatus.CANCELLED : SubscriptionStatus.ENDED;
      subscription.end(how, subscription.paidUntil(), clock.now());
      ledger.ended(subscription, how.wireName(), "on " + subscription.paidUntil(), actor);
      return how;
    }
    String name = views.productName(subscription.productId());
    ProductPrice price = products.price(subscription.priceId()).orElseThrow();
    // a trial's first paid term brings the set-up fee, also when it is paid late or changed
    boolean firstPaidTerm = subscription.currentTerm(price.cycle()).isEmpty();
    if (subscription.pendingPriceId().isPresent()) {
      return changeAtRenewal(subscription, price, firstPaidTerm, actor);
    }
    Term next = subscription.nextTerm(price.cycle());
    var moved = subscription.nextPriceFor(next.start());
    if (moved.isPresent()) {
      return movedPrice(subscription, moved.get(), next, firstPaidTerm, name, actor);
    }
    return paid(subscription, price, next, firstPaidTerm, name, actor);
  }

  /**
   * The first term at the price staff moved the subscription to; one the wallet cannot pay leaves
   * it at its old price, the move still waiting, and past due.
   */
  private SubscriptionStatus movedPrice(
      Subscription subscription,
      long priceId,
      Term term,
      boolean withSetupFee,
      String name,
      String actor) {
    ProductPrice next = products.price(priceId).orElseThrow();
    boolean wasUnpaid = subscription.status().unpaid();
    if (!ledger.payTerm(subscription, next, term, withSetupFee, name, true, actor)) {
      dunning.unpaid(subscription, next, name, actor);
      return subscription.status();
    }
    subscription.repriced(next.productId(), next.id());
    subscription.renewed(term);
    ledger.renewed(subscription, wasUnpaid, "at the new price, until " + term.end(), actor);
    return subscription.status();
  }

  /**
   * The change that waited for the end of the term: its first term is paid before the subscription
   * moves, so one the wallet cannot pay leaves it where it was, the change still waiting, and past
   * due.
   */
  private SubscriptionStatus changeAtRenewal(
      Subscription subscription, ProductPrice current, boolean withSetupFee, String actor) {
    ProductPrice next = products.price(subscription.pendingPriceId().get()).orElseThrow();
    // the same cycle keeps counting from the anchor; another cycle counts from today
    boolean sameCycle = next.cycle() == current.cycle();
    LocalDate start = subscription.paidUntil();
    Term term = sameCycle ? subscription.nextTerm(next.cycle()) : Term.of(start, next.cycle(), 0);
    String name = views.productName(next.productId());
    boolean wasUnpaid = subscription.status().unpaid();
    if (!ledger.payTerm(subscription, next, term, withSetupFee, name, true, actor)) {
      dunning.unpaid(subscription, next, name, actor);
      return subscription.status();
    }
    if (sameCycle) {
      subscription.repriced(next.productId(), next.id());
      subscription.renewed(term);
    } else {
      subscription.movedTo(next.productId(), next.id(), next.cycle(), start);
    }
    ledger.record(subscription, "changed", null, name, actor);
    ledger.moved(subscription, products.find(next.productId()).orElseThrow());
    ledger.renewed(subscription, wasUnpaid, "until " + subscription.paidUntil(), actor);
    return subscription.status();
  }

  private SubscriptionStatus paid(
      Subscription subscription,
      ProductPrice price,
      Term term,
      boolean withSetupFee,
      String name,
      String actor) {
    boolean wasUnpaid = subscription.status().unpaid();
    if (ledger.payTerm(subscription, price, term, withSetupFee, name, true, actor)) {
      subscription.renewed(term);
      ledger.renewed(subscription, wasUnpaid, "until " + term.end(), actor);
    } else {
      dunning.unpaid(subscription, price, name, actor);
    }
    return subscription.status();
  }
}
