package io.brandcloud.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * An organisation's prepaid balance. The entity never writes the balance: it changes only through
 * {@code balance = balance + delta} next to the ledger row that explains it, so concurrent changes
 * cannot overwrite each other.
 */
@Entity
@Table(name = "wallets")
public class Wallet {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "organisation_id", nullable = false, unique = true, updatable = false)
  private long organisationId;

  @Column(nullable = false, updatable = false)
  private String currency;

  @Column(nullable = false, insertable = false, updatable = false, precision = 19, scale = 6)
  private BigDecimal balance;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Wallet() {}

  public Wallet(long organisationId, Currency currency, Instant now) {
    this.organisationId = organisationId;
    this.currency = currency.getCurrencyCode();
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public long organisationId() {
    return organisationId;
  }

  public Currency currency() {
    return Currency.getInstance(currency);
  }

  public BigDecimal balance() {
    return balance;
  }
}
