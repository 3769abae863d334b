package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.addresses.domain.ExtraAddress;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order form's extra IPv4 addresses: how many the server gets once built, at the tenant's price
 * a month ({@code null}: not sold), and what they add to the price an hour and a month.
 */
final class ExtraAddressChoice implements Serializable {

  private final Money monthPrice;
  private int count;

  ExtraAddressChoice(Money monthPrice) {
    this.monthPrice = monthPrice;
  }

  boolean sold() {
    return monthPrice != null;
  }

  Money monthPrice() {
    return monthPrice;
  }

  /** How many one may choose where a server has at most {@code most}. */
  static List<Integer> counts(int most) {
    return IntStream.rangeClosed(0, most).boxed().toList();
  }

  int count() {
    return count;
  }

  void count(int count) {
    this.count = count;
  }

  /** Adds what the chosen addresses cost a month to {@code plan}'s price. */
  Money addMonthly(Money plan) {
    return count == 0 ? plan : plan.plus(monthPrice.times(BigDecimal.valueOf(count)));
  }

  /** Adds what the chosen addresses cost an hour, as they are billed, to {@code plan}'s price. */
  Money addHourly(Money plan) {
    return count == 0
        ? plan
        : plan.plus(
            new Money(ExtraAddress.hourlyPrice(monthPrice.amount()), monthPrice.currency())
                .times(BigDecimal.valueOf(count)));
  }
}
