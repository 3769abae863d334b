package io.brandcloud.web.rest.provisioning;

import io.brandcloud.shared.Money;
import io.brandcloud.web.rest.ApiMoney;
import java.math.BigDecimal;
import java.util.Optional;

/** A price per GB and month (snapshots, volumes); {@code null}: not sold. */
public record ApiGbMonthPrice(ApiMoney gbMonthPrice) {

  static ApiGbMonthPrice of(Optional<Money> price) {
    return new ApiGbMonthPrice(price.map(ApiMoney::of).orElse(null));
  }

  /** A new price per GB and month; {@code null} stops selling. */
  public record Change(BigDecimal gbMonthPrice) {}
}
