package io.brandcloud.billing.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** An issued invoice. Never edited after issue: corrections are credit notes. */
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

  @Column(nullable = false, updatable = false, precision = 19, scale = 2)
  private BigDecimal total;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<InvoiceLine> lines = new ArrayList<>();

  @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<InvoicePayment> payments = new ArrayList<>();

  protected Invoice() {}

  public Invoice(String number, ProposedInvoice proposed, Instant issuedAt) {
    this.number = number;
    this.organisationId = proposed.organisationId();
    this.periodStart = proposed.periodStart();
    this.periodEnd = proposed.periodEnd();
    this.currency = proposed.total().currency().getCurrencyCode();
    this.total = proposed.total().roundedToMinorUnit();
    this.issuedAt = issuedAt;
    int position = 1;
    for (ProposedInvoice.Line line : proposed.lines()) {
      lines.add(new InvoiceLine(this, position++, line));
    }
    position = 1;
    for (ProposedInvoice.Payment payment : proposed.payments()) {
      payments.add(new InvoicePayment(this, position++, payment));
    }
  }

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

  public BigDecimal total() {
    return total;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public List<InvoiceLine> lines() {
    return lines;
  }

  public List<InvoicePayment> payments() {
    return payments;
  }
}
