package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionRenewals;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two simulated years of random orders, changes and cancellations, now and at the end of the term,
 * against a model of the documented rules kept by the test: terms counted from the anchor day with
 * plusMonths, a term ended early costs price × days held ÷ days in the term rounded half-up to the
 * cent. Every day the wallet has paid exactly what the model says, each subscription renews on the
 * day the model says, and the wallet equals its ledger.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionPropertyIT {

  private static final LocalDate START = LocalDate.of(2027, 1, 1);
  private static final BigDecimal CREDIT = new BigDecimal("1000000.00");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Products products;
  @EJB Subscriptions subscriptions;
  @EJB SubscriptionRenewals renewals;
  @EJB Wallets wallets;

  private Fixture shop;

  /** A price the shop sells: product, cycle, its months, price and set-up fee. */
  private record Offer(long product, String cycle, int months, BigDecimal price, BigDecimal fee) {}

  /** What the model knows of one subscription. */
  private static final class Model {
    final long id;
    Offer offer;
    LocalDate anchor;
    int term;
    Offer pending;
    boolean cancelAtEnd;
    boolean over;

    Model(long id, Offer offer, LocalDate anchor) {
      this.id = id;
      this.offer = offer;
      this.anchor = anchor;
    }

    LocalDate termStart() {
      return anchor.plusMonths((long) term * offer.months());
    }

    LocalDate termEnd() {
      return anchor.plusMonths((long) (term + 1) * offer.months());
    }

    /** What the days of the current term before {@code day} cost. */
    BigDecimal held(LocalDate day) {
      long used = ChronoUnit.DAYS.between(termStart(), day);
      long days = ChronoUnit.DAYS.between(termStart(), termEnd());
      return offer
          .price()
          .multiply(BigDecimal.valueOf(used))
          .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void twoYearsOfRandomChangesCostWhatTheTimeHeldCosts() {
    at(START);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("subprop"), CREDIT);
    List<Offer> offers =
        List.of(
            offer("Backups", "monthly", 1, "9.99", "0"),
            offer("Backups", "annual", 12, "99.00", "0"),
            offer("Support", "quarterly", 3, "45.50", "10.00"),
            offer("Support", "semi_annual", 6, "80.00", "10.00"),
            offer("Licence", "biennial", 24, "333.33", "0"));
    Random random = new Random(38L);
    List<Model> models = new ArrayList<>();
    BigDecimal spent = BigDecimal.ZERO;
    int orders = 0;
    int changes = 0;
    int cancellations = 0;

    for (LocalDate day = START; day.isBefore(START.plusYears(2)); day = day.plusDays(1)) {
      at(day);
      spent = spent.add(renew(models, day));
      shop.as(renewals::renewDue);

      int roll = random.nextInt(100);
      List<Model> going = models.stream().filter(m -> !m.over).toList();
      if (roll < 6 || going.isEmpty()) {
        Offer chosen = offers.get(random.nextInt(offers.size()));
        SubscriptionView ordered =
            shop.as(
                () ->
                    subscriptions.order(
                        shop.customerId(),
                        new SubscriptionOrder(
                            chosen.product(), chosen.cycle(), null, null, "o-" + models.size())));
        models.add(new Model(ordered.id(), chosen, day));
        spent = spent.add(chosen.price()).add(chosen.fee());
        orders++;
      } else if (roll < 10) {
        Model model = going.get(random.nextInt(going.size()));
        Offer target = offers.get(random.nextInt(offers.size()));
        if (target.equals(model.offer)) {
          continue;
        }
        boolean now = random.nextBoolean();
        shop.as(
            () ->
                subscriptions.change(
                    shop.customerId(), model.id, target.product(), target.cycle(), now, null));
        if (now) {
          spent = spent.subtract(model.offer.price().subtract(model.held(day)));
          model.offer = target;
          model.anchor = day;
          model.term = 0;
          model.pending = null;
          model.cancelAtEnd = false;
          spent = spent.add(target.price());
        } else {
          model.pending = target;
          model.cancelAtEnd = false;
        }
        changes++;
      } else if (roll < 13) {
        Model model = going.get(random.nextInt(going.size()));
        boolean now = random.nextBoolean();
        shop.as(() -> subscriptions.cancel(shop.customerId(), model.id, now));
        if (now) {
          spent = spent.subtract(model.offer.price().subtract(model.held(day)));
          model.over = true;
        } else {
          model.cancelAtEnd = true;
          model.pending = null;
        }
        cancellations++;
      }

      BigDecimal balance = shop.as(() -> wallets.balanceOf(shop.customerId()).amount());
      assertThat(CREDIT.subtract(balance)).as("spent by %s", day).isEqualByComparingTo(spent);
      for (Model model : models) {
        if (!model.over) {
          SubscriptionView seen =
              shop.as(() -> subscriptions.subscription(shop.customerId(), model.id));
          assertThat(seen.renewsOn())
              .as("subscription %d on %s", model.id, day)
              .isEqualTo(model.termEnd());
        }
      }
    }
    assertThat(shop.as(() -> wallets.ledgerSum(shop.customerId()).amount()))
        .isEqualByComparingTo(shop.as(() -> wallets.balanceOf(shop.customerId()).amount()));
    assertThat(orders).isGreaterThan(20);
    assertThat(changes).isGreaterThan(10);
    assertThat(cancellations).isGreaterThan(10);
  }

  /** What the model's renewals on {@code day} cost, the model moved on as the service should. */
  private static BigDecimal renew(List<Model> models, LocalDate day) {
    BigDecimal paid = BigDecimal.ZERO;
    for (Model model : models) {
      while (!model.over && !model.termEnd().isAfter(day)) {
        if (model.cancelAtEnd) {
          model.over = true;
        } else if (model.pending != null) {
          model.anchor = model.termEnd();
          model.offer = model.pending;
          model.term = 0;
          model.pending = null;
          paid = paid.add(model.offer.price());
        } else {
          model.term++;
          paid = paid.add(model.offer.price());
        }
        // the service renews one term per run; a day never holds two ends of a term
        break;
      }
    }
    return paid;
  }

  private Offer offer(String name, String cycle, int months, String price, String fee) {
    long product =
        shop.as(
            () ->
                products.all().stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .map(p -> p.id())
                    .orElseGet(() -> products.create("service", name, "", "").id()));
    shop.as(() -> products.price(product, cycle, new BigDecimal(price), new BigDecimal(fee), 0));
    return new Offer(product, cycle, months, new BigDecimal(price), new BigDecimal(fee));
  }

  private void at(LocalDate day) {
    scenario.at(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
  }
}
