package io.brandcloud.subscriptions.domain;

/** A subscription was cancelled or ended: what hangs on it (its add-ons) ends with it. */
public record SubscriptionEnded(long subscriptionId, long organisationId) {}
