package io.brandcloud.billing.domain;

/** How an invoice's sale was taxed, as a tax return sorts sales. */
public enum TaxTreatment {
  /** Tax charged by the seller's rules for the customer's country. */
  TAXED,
  /** No tax charged: a business customer with a tax id accounts for it. */
  REVERSE_CHARGE,
  /** No tax charged: staff marked the customer tax exempt. */
  EXEMPT,
  /** No tax due: no rule applies to the customer's country. */
  UNTAXED
}
