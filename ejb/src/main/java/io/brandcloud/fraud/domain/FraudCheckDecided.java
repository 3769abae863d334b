package io.brandcloud.fraud.domain;

/**
 * Staff approved or denied a check held for review: what waited on it goes on or ends. A denied
 * sign-up's {@code userId} may no longer log in; a held order's server ({@code serverId}) is built
 * or cancelled; a paid top-up held for its card ({@code paymentId}) is refunded when denied.
 */
public record FraudCheckDecided(
    long checkId,
    CheckKind kind,
    Long userId,
    Long serverId,
    Long paymentId,
    boolean approved,
    String reason) {}
