package io.brandcloud.payments.domain;

/** A checkout the gateway opened: its id there and the page to send the customer to. */
public record Checkout(String reference, String url) {}
