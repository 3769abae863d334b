package io.brandcloud.identity.domain;

import io.brandcloud.access.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/** A user's key for the REST API. Only the hash of its secret is stored. */
@Entity
@Table(name = "api_keys")
public class ApiKey {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id", nullable = false)
  private long userId;

  @Column(name = "organisation_id")
  private Long organisationId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, unique = true)
  private String prefix;

  @Column(name = "secret_hash", nullable = false)
  private String secretHash;

  @Column(nullable = false)
  private String scopes;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "last_used_address")
  private String lastUsedAddress;

  @Column(name = "last_used_device")
  private String lastUsedDevice;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiKey() {}

  public ApiKey(
      long userId,
      Long organisationId,
      String name,
      String prefix,
      String secretHash,
      Set<Scope> scopes,
      Instant expiresAt,
      Instant now) {
    this.userId = userId;
    this.organisationId = organisationId;
    this.name = name;
    this.prefix = prefix;
    this.secretHash = secretHash;
    this.scopes = Scope.join(scopes);
    this.expiresAt = expiresAt;
    this.createdAt = now;
  }

  public boolean usableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public long userId() {
    return userId;
  }

  /** The organisation a customer's key acts in; null for staff keys. */
  public Long organisationId() {
    return organisationId;
  }

  public String name() {
    return name;
  }

  public String prefix() {
    return prefix;
  }

  public String secretHash() {
    return secretHash;
  }

  public Set<Scope> scopes() {
    return Scope.split(scopes);
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public String lastUsedAddress() {
    return lastUsedAddress;
  }

  public String lastUsedDevice() {
    return lastUsedDevice;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
