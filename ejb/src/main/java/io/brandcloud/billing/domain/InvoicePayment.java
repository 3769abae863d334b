package io.brandcloud.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment listed on an invoice: a top-up received in its period. */
@Entity
@Table(name = "invoice_payments")
public class InvoicePayment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Column(nullable = false)
  private int position;

  @Column(name = "paid_on", nullable = false)
  private LocalDate paidOn;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column private String wording;

  @Column(name = "wording_values")
  private String wordingValues;

  protected InvoicePayment() {}

  public LocalDate paidOn() {
    return paidOn;
  }

  public String description() {
    return description;
  }

  /** What the payment's ledger row said, to be said in the reader's language. */
  public LedgerText text() {
    return LedgerText.stored(description, wording, wordingValues);
  }

  public BigDecimal amount() {
    return amount;
  }
}
