package io.brandcloud.payments.domain;

/**
 * Event: a gateway's webhook event was verified and stored once ({@code payment_events}); its
 * handler applies it to the payment it is about.
 */
public record PaymentEventReceived(long gatewayId, GatewayEvent event) {}
