package io.brandcloud.payments.domain;

import io.brandcloud.shared.Money;

/**
 * What to ask the customer to pay at the gateway's checkout: the amount, our reference for the
 * payment ({@link PaymentReferences}: idempotency and the gateway's record), where to send the
 * customer back, whether to keep the card for automatic top-ups, and the tenant's portal as the
 * customer reaches it (the built-in test gateway's pages live there).
 */
public record CheckoutRequest(
    Money amount,
    String reference,
    String description,
    String customerEmail,
    String returnUrl,
    String cancelUrl,
    boolean saveCard,
    String siteUrl) {}
