package io.brandcloud.billing.domain;

/** Event: money went into an organisation's wallet (a top-up or a refund). */
public record WalletCredited(long organisationId) {}
