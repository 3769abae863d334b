package io.brandcloud.subscriptions.application;

/**
 * An order as a customer places it, unchecked: the product and billing cycle, a coupon code (or
 * none), the subscription an add-on attaches to (add-ons only), and the reference that makes a
 * retry return the first order (a preview needs none).
 */
public record SubscriptionOrder(
    Long productId, String cycle, String coupon, Long attachTo, String reference) {}
