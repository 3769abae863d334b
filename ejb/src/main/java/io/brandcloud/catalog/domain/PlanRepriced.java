package io.brandcloud.catalog.domain;

import java.time.Instant;

/**
 * A plan's prices changed at {@code repricedAt}; servers on it pay the new price from the next full
 * hour after that. Published through the outbox in the transaction that changed the plan.
 */
public record PlanRepriced(long planId, Instant repricedAt) {}
