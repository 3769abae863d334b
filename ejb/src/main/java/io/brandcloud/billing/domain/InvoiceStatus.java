package io.brandcloud.billing.domain;

/**
 * Where an issued invoice stands. A month of hourly usage is prepaid, so its invoice is paid when
 * issued; a subscription's term is open until the wallet pays it, and void (with a credit note)
 * when the subscription ends unpaid; staff's own invoices are drafts until issued.
 */
public enum InvoiceStatus {
  /** Staff are still writing it: no number, not shown to the customer. */
  DRAFT,
  OPEN,
  PAID,
  VOID;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
