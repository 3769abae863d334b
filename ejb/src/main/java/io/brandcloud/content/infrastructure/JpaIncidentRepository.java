package io.brandcloud.content.infrastructure;

import io.brandcloud.content.domain.Incident;
import io.brandcloud.content.domain.IncidentRepository;
import io.brandcloud.content.domain.IncidentStatus;
import io.brandcloud.content.domain.IncidentUpdate;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.QueryPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaIncidentRepository implements IncidentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Incident incident) {
    em.persist(incident);
  }

  @Override
  public void add(IncidentUpdate update) {
    em.persist(update);
  }

  @Override
  public Optional<Incident> find(long incidentId) {
    return Optional.ofNullable(em.find(Incident.class, incidentId));
  }

  @Override
  public void remove(Incident incident) {
    em.createQuery("delete from IncidentUpdate u where u.incidentId = :id")
        .setParameter("id", incident.id())
        .executeUpdate();
    em.remove(incident);
  }

  @Override
  public Page<Incident> all(PageRequest page) {
    return QueryPages.of(
        em.createQuery(
            "select i from Incident i order by i.startedAt desc, i.id desc", Incident.class),
        em.createQuery("select count(i) from Incident i", Long.class),
        page);
  }

  @Override
  public List<Incident> open() {
    return em.createQuery(
            "select i from Incident i where i.status <> :resolved"
                + " order by i.startedAt desc, i.id desc",
            Incident.class)
        .setParameter("resolved", IncidentStatus.RESOLVED)
        .getResultList();
  }

  @Override
  public List<Incident> resolvedSince(Instant since, int limit) {
    return em.createQuery(
            "select i from Incident i where i.status = :resolved and i.resolvedAt >= :since"
                + " order by i.startedAt desc, i.id desc",
            Incident.class)
        .setParameter("resolved", IncidentStatus.RESOLVED)
        .setParameter("since", since)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Map<Long, List<IncidentUpdate>> updatesOf(Collection<Long> incidentIds) {
    if (incidentIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select u from IncidentUpdate u where u.incidentId in :ids"
                + " order by u.createdAt desc, u.id desc",
            IncidentUpdate.class)
        .setParameter("ids", incidentIds)
        .getResultStream()
        .collect(Collectors.groupingBy(IncidentUpdate::incidentId));
  }
}
