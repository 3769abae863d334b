package io.brandcloud.fraud.domain;

import io.brandcloud.shared.Money;

/**
 * A paid top-up as the card rules see it: the card's fingerprint and issuing country (either may be
 * null), the organisation's billing country (null when unset) and its owner.
 */
public record PaidByCard(
    long organisationId,
    Money amount,
    String fingerprint,
    String cardCountry,
    String billingCountry,
    long ownerId,
    String ownerEmail,
    String ownerName) {}
