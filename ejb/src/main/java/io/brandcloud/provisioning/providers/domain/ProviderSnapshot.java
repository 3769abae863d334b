package io.brandcloud.provisioning.providers.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One snapshot the provider keeps of a server: its id there, its name, when it was taken and the
 * gigabytes it is billed for.
 */
public record ProviderSnapshot(String id, String name, Instant takenAt, BigDecimal sizeGb) {}
