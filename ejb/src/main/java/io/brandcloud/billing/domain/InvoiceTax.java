package io.brandcloud.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A tax charged on an invoice, as it was issued. */
@Entity
@Table(name = "invoice_taxes")
public class InvoiceTax {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String name;

  @Column(name = "rate_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal ratePercent;

  @Column(nullable = false)
  private boolean compound;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  protected InvoiceTax() {}

  public String name() {
    return name;
  }

  public BigDecimal ratePercent() {
    return ratePercent;
  }

  public boolean compound() {
    return compound;
  }

  public BigDecimal amount() {
    return amount;
  }
}
