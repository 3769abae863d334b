package io.brandcloud.promotions.application;

import io.brandcloud.shared.Money;

/** What a coupon takes off one term's price. */
public record Discount(Money amount, String code) {}
