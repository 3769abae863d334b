package io.brandcloud.subscriptions.domain;

/** A service staff fulfil was ordered: they get a task for it. */
public record ServiceOrdered(long subscriptionId, long organisationId) {}
