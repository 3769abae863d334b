package io.brandcloud.payments.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's standing order: when the balance drops below {@code threshold}, charge {@code
 * amount} to the saved card, at most once a day.
 */
public record AutoTopUp(
    long organisationId,
    long gatewayId,
    SavedCard card,
    BigDecimal threshold,
    BigDecimal amount,
    boolean enabled,
    Instant lastAttemptAt,
    String lastFailure)
    implements Serializable {}
