package io.brandcloud.billing.domain;

/** What an invoice bills: a month of hourly servers, or one term of a subscription. */
public enum InvoiceKind {
  USAGE,
  SUBSCRIPTION
}
