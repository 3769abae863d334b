package io.brandcloud.content.domain;

/** Where the work on an incident stands, as status pages say it. */
public enum IncidentStatus {
  INVESTIGATING,
  IDENTIFIED,
  MONITORING,
  RESOLVED
}
