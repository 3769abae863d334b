package io.brandcloud.web.rest;

import io.brandcloud.shared.Money;

/** Money on the wire: the amount as a decimal string (never a float) and the ISO currency. */
public record ApiMoney(String amount, String currency) {

  public static ApiMoney of(Money money) {
    return new ApiMoney(
        money.amount().stripTrailingZeros().toPlainString(), money.currency().getCurrencyCode());
  }
}
