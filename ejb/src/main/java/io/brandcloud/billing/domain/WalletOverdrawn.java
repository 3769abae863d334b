package io.brandcloud.billing.domain;

/**
 * Event: money left a wallet outside hourly charging (a refund to the card, a chargeback) and took
 * it below zero.
 */
public record WalletOverdrawn(long organisationId) {}
