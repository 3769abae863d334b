package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;

/** One tax on an invoice: its name, rate, and the amount rounded to the minor unit. */
public record TaxLine(String name, BigDecimal ratePercent, boolean compound, Money amount) {}
