package io.brandcloud.provisioning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's account at an upstream cloud. The simulator needs no credentials. */
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

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ProviderConnection() {}

  public ProviderConnection(String name, ProviderType type, Instant now) {
    this.name = name;
    this.type = type;
    this.createdAt = now;
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

  public Instant createdAt() {
    return createdAt;
  }
}
