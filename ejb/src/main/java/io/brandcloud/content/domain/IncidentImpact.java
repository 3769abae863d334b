package io.brandcloud.content.domain;

/** How much an incident hurts, mildest first; a region shows the worst of its open incidents. */
public enum IncidentImpact {
  /** Planned work customers were told of. */
  MAINTENANCE,
  MINOR,
  MAJOR,
  CRITICAL
}
