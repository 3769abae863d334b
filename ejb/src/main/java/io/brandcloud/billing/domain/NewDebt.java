package io.brandcloud.billing.domain;

import java.math.BigDecimal;

/** An organisation that has just gone into debt, with its balance. */
public record NewDebt(long organisationId, BigDecimal balance) {}
