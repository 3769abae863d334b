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

/** One line of an invoice: a server's hours in the period, a term, a charge or what staff wrote. */
@Entity
@Table(name = "invoice_lines")
public class InvoiceLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  @Column(nullable = false)
  private int position;

  @Column(name = "server_id")
  private Long serverId;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private int hours;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal amount;

  @Column private String wording;

  @Column(name = "wording_values")
  private String wordingValues;

  protected InvoiceLine() {}

  public int position() {
    return position;
  }

  public Long serverId() {
    return serverId;
  }

  public String description() {
    return description;
  }

  /** What the line says, to be said in the reader's language; a line staff wrote stays as is. */
  public LedgerText text() {
    return LedgerText.stored(description, wording, wordingValues);
  }

  public int hours() {
    return hours;
  }

  public BigDecimal amount() {
    return amount;
  }
}
