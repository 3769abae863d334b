package io.brandcloud.billing.application;

/** Fired inside the transaction that put money into an organisation's wallet. */
public record WalletCredited(long organisationId) {}
