package io.brandcloud.platform.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a tenant's charging runs charged on one day of its calendar. */
public record DailyCharge(LocalDate day, BigDecimal amount) {}
