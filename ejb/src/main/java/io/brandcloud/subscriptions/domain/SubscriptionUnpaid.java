package io.brandcloud.subscriptions.domain;

/**
 * A renewal the wallet could not pay: the organisation's standing top-up from its saved card, if it
 * has one, is asked for.
 */
public record SubscriptionUnpaid(long subscriptionId, long organisationId) {}
