package io.brandcloud.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A correction of an issued invoice, read-only here: credit notes are written by CreditNotes. */
@Entity
@Table(name = "credit_notes")
public class CreditNote {

  @Id private Long id;

  @Column(nullable = false)
  private String number;

  @Column(name = "invoice_id", nullable = false)
  private long invoiceId;

  @Column(name = "organisation_id", nullable = false)
  private long organisationId;

  @Column(nullable = false)
  private String reason;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal subtotal;

  @Column(name = "tax_total", nullable = false, precision = 19, scale = 2)
  private BigDecimal taxTotal;

  @Column(nullable = false, precision = 19, scale = 2)
  private BigDecimal total;

  @Column(updatable = false)
  private String seller;

  @Column(name = "issued_by", nullable = false)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  protected CreditNote() {}

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public long invoiceId() {
    return invoiceId;
  }

  public long organisationId() {
    return organisationId;
  }

  public String reason() {
    return reason;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public BigDecimal subtotal() {
    return subtotal;
  }

  public BigDecimal taxTotal() {
    return taxTotal;
  }

  public BigDecimal total() {
    return total;
  }

  /** The seller as printed when the note was issued; null on notes from before. */
  public String seller() {
    return seller;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }
}
