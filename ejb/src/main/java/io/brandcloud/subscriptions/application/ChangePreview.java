package io.brandcloud.subscriptions.application;

import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a change of a subscription costs before it is confirmed: the unused part of the current term
 * given back, the new term charged, what the wallet pays (negative: what it gains), and the day the
 * new term renews. A change at the end of the term credits and charges nothing now.
 */
public record ChangePreview(
    Money credit, Money charge, Money due, LocalDate startsOn, LocalDate renewsOn, boolean now)
    implements Serializable {}
