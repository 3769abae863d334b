package io.brandcloud.content.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current tenant's incidents and their updates. */
public interface IncidentRepository {

  void add(Incident incident);

  void add(IncidentUpdate update);

  Optional<Incident> find(long incidentId);

  void remove(Incident incident);

  /** Every incident, the latest to start first. */
  Page<Incident> all(PageRequest page);

  /** Every open incident, the latest to start first. */
  List<Incident> open();

  /** Incidents resolved since {@code since}, the latest to start first. */
  List<Incident> resolvedSince(Instant since, int limit);

  /** The updates of each incident, newest first. */
  Map<Long, List<IncidentUpdate>> updatesOf(Collection<Long> incidentIds);
}
