package io.brandcloud.platform.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** What one tenant's partition of an hourly-charging run did (or how it failed). */
public record ChargingRunReport(
    long jobExecutionId,
    long tenantId,
    String tenantSlug,
    Instant chargedUpTo,
    long charges,
    long servers,
    BigDecimal amount,
    String currency,
    long durationMillis,
    String failure,
    Instant finishedAt) {}
