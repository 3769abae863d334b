package io.brandcloud.subscriptions.domain;

import io.brandcloud.catalog.domain.BillingCycle;

/** How many subscriptions to a product, sold for a cycle, pay an earlier price than today's. */
public record EarlierPrices(long productId, BillingCycle cycle, long subscriptions) {}
