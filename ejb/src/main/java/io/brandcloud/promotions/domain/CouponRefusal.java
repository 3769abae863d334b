package io.brandcloud.promotions.domain;

/** Why a coupon that exists does not apply to an order, as the customer is told. */
public enum CouponRefusal {
  WITHDRAWN("The coupon %s is no longer valid"),
  NOT_YET("The coupon %s is not valid yet"),
  EXPIRED("The coupon %s has expired"),
  USED_UP("The coupon %s has been used up"),
  USED_BY_YOU("You have used the coupon %s as often as it may be used"),
  NEW_CUSTOMERS_ONLY("The coupon %s is for new customers only"),
  NOT_FOR_THIS("The coupon %s is not valid for this product or billing cycle");

  private final String message;

  CouponRefusal(String message) {
    this.message = message;
  }

  public String message(String code) {
    return message.formatted(code);
  }
}
