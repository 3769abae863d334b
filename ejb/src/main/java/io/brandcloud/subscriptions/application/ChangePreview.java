package io.brandcloud.subscriptions.application;

import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a change of a subscription costs before it is confirmed: the unused part of the current term
 * given back, the new term's price, what the subscription's coupon takes off it, the tax on the new
 * term less the tax given back with the credit, what the wallet pays (negative: what it gains), and
 * the day the new term renews. A change at the end of the term credits and charges nothing now.
 */
public record ChangePreview(
    Money credit,
    Money charge,
    Money discount,
    Money tax,
    Money due,
    LocalDate startsOn,
    LocalDate renewsOn,
    boolean now)
    implements Serializable {}
