package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a wallet paid for its servers' hours on one day of the tenant's calendar. */
public record DailyUsage(LocalDate day, BigDecimal amount) {}
