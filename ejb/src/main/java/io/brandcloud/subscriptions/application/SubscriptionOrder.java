package io.brandcloud.subscriptions.application;

import io.brandcloud.provisioning.servers.application.ServerChoice;
import java.util.Map;

/**
 * An order as a customer places it, unchecked: the product and billing cycle, a coupon code (or
 * none), the subscription or hourly server ({@code attachToServer}) an add-on attaches to (add-ons
 * only), and the reference that makes a retry return the first order (a preview needs none); {@code
 * answers} answer the product's questions by their id; {@code server} is what a server product's
 * customer chooses for it.
 */
public record SubscriptionOrder(
    Long productId,
    String cycle,
    String coupon,
    Long attachTo,
    Map<Long, String> answers,
    String reference,
    ServerChoice server,
    Long attachToServer) {

  /** An order that does not attach an add-on to an hourly server. */
  public SubscriptionOrder(
      Long productId,
      String cycle,
      String coupon,
      Long attachTo,
      Map<Long, String> answers,
      String reference,
      ServerChoice server) {
    this(productId, cycle, coupon, attachTo, answers, reference, server, null);
  }

  /** An order of anything but a server. */
  public SubscriptionOrder(
      Long productId,
      String cycle,
      String coupon,
      Long attachTo,
      Map<Long, String> answers,
      String reference) {
    this(productId, cycle, coupon, attachTo, answers, reference, null, null);
  }

  /** An order that answers no question. */
  public SubscriptionOrder(
      Long productId, String cycle, String coupon, Long attachTo, String reference) {
    this(productId, cycle, coupon, attachTo, Map.of(), reference, null, null);
  }
}
