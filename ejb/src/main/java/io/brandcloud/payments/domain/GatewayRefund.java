package io.brandcloud.payments.domain;

/** A refund the gateway made: its id there. */
public record GatewayRefund(String refundId) {}
