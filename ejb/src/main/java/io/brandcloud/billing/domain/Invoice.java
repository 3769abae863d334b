package io.brandcloud.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An issued invoice, read-only here: invoices are written with SQL by their issuers and never
 * edited after issue but for their status (an open invoice is paid or voided); corrections are
 * credit notes.
 */
@Entity
@Table(name = "invoices")
public class Invoice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String number;

  @Column(name = "organisation_id", nullable = false, updatable = false)
  private long organisationId;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(name = "billed_to", updatable = false)
  private String billedTo;

  @Column(updatable = false)
  private String seller;

  // kept by the database with the seller when the invoice is issued (tenant-076)
  @Column(name = "seller_note", insertable = false, updatable = false)
  private String sellerNote;

  @Column(nullable = false, updatable = false, precision = 19, scale = 2)
  private BigDecimal subtotal;

  @Column(name = "tax_total", nullable = false, updatable = false, precision = 19, scale = 2)
  private BigDecimal taxTotal;

  @Column(name = "tax_note", updatable = false)
  private String taxNote;

  @Column(nullable = false, updatable = false, precision = 19, scale = 2)
  private BigDecimal total;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private InvoiceKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, insertable = false, updatable = false)
  private InvoiceStatus status;

  @Column(name = "due_on", updatable = false)
  private LocalDate dueOn;

  @Column(name = "paid_at", insertable = false, updatable = false)
  private Instant paidAt;

  @Column(name = "subscription_id", updatable = false)
  private Long subscriptionId;

  @OneToMany(mappedBy = "invoice")
  @OrderBy("position")
  private List<InvoiceLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "invoice")
  @OrderBy("position")
  private List<InvoiceTax> taxes = new ArrayList<>();

  @OneToMany(mappedBy = "invoice")
  @OrderBy("position")
  private List<InvoicePayment> payments = new ArrayList<>();

  protected Invoice() {}

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public long organisationId() {
    return organisationId;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  /** The customer as billed when the invoice was issued; null on invoices from before taxes. */
  public String billedTo() {
    return billedTo;
  }

  /** The seller as printed when the invoice was issued; null on invoices from before. */
  public String seller() {
    return seller;
  }

  /** The seller's note at the foot, as it was when the invoice was issued; null if none. */
  public String sellerNote() {
    return sellerNote;
  }

  public BigDecimal subtotal() {
    return subtotal;
  }

  public BigDecimal taxTotal() {
    return taxTotal;
  }

  public String taxNote() {
    return taxNote;
  }

  public List<InvoiceTax> taxes() {
    return taxes;
  }

  public BigDecimal total() {
    return total;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public InvoiceKind kind() {
    return kind;
  }

  public InvoiceStatus status() {
    return status;
  }

  /** When an open invoice is due; null on usage invoices, which are paid when issued. */
  public LocalDate dueOn() {
    return dueOn;
  }

  public Instant paidAt() {
    return paidAt;
  }

  /** The subscription whose term this invoice bills; null on usage invoices. */
  public Long subscriptionId() {
    return subscriptionId;
  }

  public List<InvoiceLine> lines() {
    return lines;
  }

  public List<InvoicePayment> payments() {
    return payments;
  }
}
