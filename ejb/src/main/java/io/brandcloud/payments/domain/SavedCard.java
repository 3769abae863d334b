package io.brandcloud.payments.domain;

/** A card the gateway keeps for a customer to charge later: its customer and method ids there. */
public record SavedCard(String customerRef, String paymentMethodRef, String label) {}
