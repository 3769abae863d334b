package io.brandcloud.billing.domain;

import java.time.Instant;

/** Event: hourly charging charged the tenant's running servers up to {@code chargedUpTo}. */
public record UsageCharged(Instant chargedUpTo) {}
