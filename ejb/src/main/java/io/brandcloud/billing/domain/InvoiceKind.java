package io.brandcloud.billing.domain;

/**
 * What an invoice bills: a month of hourly servers, one term of a subscription, or the lines staff
 * wrote for one-off work.
 */
public enum InvoiceKind {
  USAGE,
  SUBSCRIPTION,
  MANUAL
}
