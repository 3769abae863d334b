package io.brandcloud.payments.domain;

/**
 * A top-up was paid with a card the gateway described (its fingerprint and issuing country are on
 * the payment now), for fraud screening to weigh.
 */
public record TopUpPaidByCard(long paymentId, long organisationId) {}
