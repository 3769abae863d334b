package io.brandcloud.subscriptions.application;

import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an order costs before it is placed: the term's price, the set-up fee, what the coupon takes
 * off the first paid term, the tax on what is paid now, and what the wallet pays now (nothing
 * during a free trial, which ends on {@code trialEnds}, when {@code firstPayment} is due); the
 * first paid term runs until {@code renewsOn}.
 */
public record OrderPreview(
    Money price,
    Money setupFee,
    Money discount,
    Money tax,
    Money due,
    Money firstPayment,
    LocalDate trialEnds,
    LocalDate renewsOn,
    String coupon)
    implements Serializable {}
