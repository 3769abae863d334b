package io.brandcloud.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One change of one wallet's balance, never updated or deleted; its reference is unique per tenant.
 */
@Entity
@Table(name = "ledger_entries")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "wallet_id", nullable = false, updatable = false)
  private long walletId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private LedgerEntryType type;

  @Column(nullable = false, updatable = false, precision = 19, scale = 6)
  private BigDecimal amount;

  @Column(nullable = false, updatable = false, unique = true)
  private String reference;

  @Column(nullable = false, updatable = false)
  private String description;

  @Column(updatable = false)
  private String wording;

  @Column(name = "wording_values", updatable = false)
  private String wordingValues;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected LedgerEntry() {}

  public Long id() {
    return id;
  }

  public long walletId() {
    return walletId;
  }

  public LedgerEntryType type() {
    return type;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String reference() {
    return reference;
  }

  public String description() {
    return description;
  }

  /** The description, and when the system wrote it, the wording that says it in other languages. */
  public LedgerText text() {
    return LedgerText.stored(description, wording, wordingValues);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
