package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.util.Currency;

/** An organisation's owner to warn of its low balance, and what its running servers cost. */
public record LowBalance(
    String ownerEmail,
    String ownerName,
    String organisationName,
    BigDecimal balance,
    Currency currency,
    BigDecimal perHour) {}
