package io.brandcloud.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What staff told customers about an incident, with the status it moved to. */
@Entity
@Table(name = "status_incident_updates")
public class IncidentUpdate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false, updatable = false)
  private long incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private IncidentStatus status;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected IncidentUpdate() {}

  public IncidentUpdate(
      long incidentId, IncidentStatus status, String body, String authorName, Instant now) {
    this.incidentId = incidentId;
    this.status = status;
    this.body = body;
    this.authorName = authorName;
    this.createdAt = now;
  }

  public long incidentId() {
    return incidentId;
  }

  public IncidentStatus status() {
    return status;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
