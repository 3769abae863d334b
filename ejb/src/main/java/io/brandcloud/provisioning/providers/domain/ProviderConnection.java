package io.brandcloud.provisioning.providers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A tenant's account at an upstream cloud: where its API answers and the token, sealed (the
 * simulator needs neither). A retired connection sells no new servers; those on it run on.
 */
@Entity
@Table(name = "provider_connections")
public class ProviderConnection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProviderType type;

  @Column(name = "api_url")
  private String apiUrl;

  @Column(name = "credentials_encrypted")
  private byte[] sealedToken;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Column(name = "check_error")
  private String checkError;

  @Column(name = "synced_at")
  private Instant syncedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "backup_plan")
  private String backupPlan;

  protected ProviderConnection() {}

  public ProviderConnection(String name, ProviderType type, String apiUrl, Instant now) {
    this.name = name;
    this.type = type;
    this.apiUrl = apiUrl;
    this.createdAt = now;
  }

  /** The provider's backup plan servers' backups are switched to; null: none chosen. */
  public void useBackupPlan(String plan) {
    this.backupPlan = plan;
  }

  public Optional<String> backupPlan() {
    return Optional.ofNullable(backupPlan);
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void pointTo(String newApiUrl) {
    this.apiUrl = newApiUrl;
  }

  public void sealToken(byte[] sealed) {
    this.sealedToken = sealed;
  }

  public void offer(boolean offered) {
    this.active = offered;
  }

  /** What the last check found: null when the provider answered and the token worked. */
  public void checked(Instant at, String error) {
    this.checkedAt = at;
    this.checkError = error;
  }

  public void synced(Instant at) {
    this.syncedAt = at;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public ProviderType type() {
    return type;
  }

  public String apiUrl() {
    return apiUrl;
  }

  public Optional<byte[]> sealedToken() {
    return Optional.ofNullable(sealedToken);
  }

  public boolean active() {
    return active;
  }

  public Instant checkedAt() {
    return checkedAt;
  }

  public String checkError() {
    return checkError;
  }

  public Instant syncedAt() {
    return syncedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
