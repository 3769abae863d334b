package io.brandcloud.content.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Something wrong (or planned work) in some of the regions a tenant sells, from when it started
 * until staff resolve it. Every change of its status comes with an update customers read.
 */
@Entity
@Table(name = "status_incidents")
public class Incident {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentImpact impact;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentStatus status;

  @ElementCollection
  @CollectionTable(
      name = "status_incident_regions",
      joinColumns = @JoinColumn(name = "incident_id"))
  private Set<RegionRef> regions = new HashSet<>();

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Incident() {}

  public Incident(
      String title,
      IncidentImpact impact,
      IncidentStatus status,
      Set<RegionRef> regions,
      Instant now) {
    this.startedAt = now;
    describe(title, impact, regions, now);
    moveTo(status, now);
  }

  public void describe(
      String newTitle, IncidentImpact newImpact, Set<RegionRef> newRegions, Instant now) {
    this.title = newTitle;
    this.impact = newImpact;
    this.regions.clear();
    this.regions.addAll(newRegions);
    this.updatedAt = now;
  }

  /** Resolving ends it; any other status (also after resolving, if it came back) keeps it open. */
  public void moveTo(IncidentStatus next, Instant now) {
    this.status = next;
    this.resolvedAt = next == IncidentStatus.RESOLVED ? now : null;
    this.updatedAt = now;
  }

  public boolean open() {
    return status != IncidentStatus.RESOLVED;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public IncidentImpact impact() {
    return impact;
  }

  public IncidentStatus status() {
    return status;
  }

  public Set<RegionRef> regions() {
    return Set.copyOf(regions);
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Optional<Instant> resolvedAt() {
    return Optional.ofNullable(resolvedAt);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
