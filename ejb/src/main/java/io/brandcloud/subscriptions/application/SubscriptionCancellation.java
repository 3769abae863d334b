package io.brandcloud.subscriptions.application;

import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.subscriptions.domain.Proration;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionStatus;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Ending a subscription today, in the caller's transaction: the unused part of what was paid for
 * the current term goes back to the wallet, to the day, and whatever hangs on it ends after.
 */
@ApplicationScoped
public class SubscriptionCancellation {

  @Inject ProductRepository products;
  @Inject SubscriptionLedger ledger;
  @Inject SubscriptionViews views;
  @Inject ApplicationClock clock;

  void cancelNow(Subscription subscription, String detail, String actor) {
    ProductPrice current = products.price(subscription.priceId()).orElseThrow();
    LocalDate today = today();
    Money unused = unusedToday(subscription, current);
    subscription
        .currentTerm(current.cycle())
        .ifPresent(
            term ->
                ledger.credit(
                    subscription,
                    current,
                    term,
                    unused,
                    views.productName(subscription.productId()),
                    actor));
    LocalDate paidUntil = subscription.paidUntil();
    subscription.end(
        SubscriptionStatus.CANCELLED, today.isBefore(paidUntil) ? today : paidUntil, clock.now());
    ledger.ended(subscription, "cancelled", "on " + today + detail, actor);
  }

  /**
   * What goes back of the current term if it ends today: the unused part of its price less what its
   * coupon took off; nothing once the term is over (unpaid).
   */
  Money unusedToday(Subscription subscription, ProductPrice current) {
    Currency currency = CurrentTenant.require().currency();
    LocalDate today = today();
    return subscription
        .currentTerm(current.cycle())
        .filter(term -> !today.isBefore(term.start()) && today.isBefore(term.end()))
        .map(
            term ->
                Proration.unusedCredit(
                    current
                        .amount(currency)
                        .minus(new Money(subscription.termDiscount(), currency)),
                    term,
                    today))
        .orElse(Money.zero(currency));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
  }
}
