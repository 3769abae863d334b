package io.brandcloud.provisioning.servers.infrastructure;

import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.QueryPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaServerRepository implements ServerRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Server server) {
    em.persist(server);
    em.flush();
  }

  @Override
  public Optional<Server> find(long serverId) {
    return Optional.ofNullable(em.find(Server.class, serverId));
  }

  @Override
  public Optional<Server> findForUpdate(long serverId) {
    return Optional.ofNullable(em.find(Server.class, serverId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Server> ofOrganisation(long organisationId) {
    return ofOrganisationQuery(organisationId).getResultList();
  }

  @Override
  public Page<Server> ofOrganisation(long organisationId, PageRequest page) {
    return QueryPages.of(
        ofOrganisationQuery(organisationId),
        em.createQuery(
                "select count(s) from Server s where s.organisationId = :organisation", Long.class)
            .setParameter("organisation", organisationId),
        page);
  }

  @Override
  public Page<Server> notDeletedOfOrganisation(long organisationId, PageRequest page) {
    String notDeleted =
        " from Server s where s.organisationId = :organisation and s.status <> :deleted";
    return QueryPages.of(
        em.createQuery("select s" + notDeleted + " order by s.id", Server.class)
            .setParameter("organisation", organisationId)
            .setParameter("deleted", ServerStatus.TERMINATED),
        em.createQuery("select count(s)" + notDeleted, Long.class)
            .setParameter("organisation", organisationId)
            .setParameter("deleted", ServerStatus.TERMINATED),
        page);
  }

  @Override
  public Page<Server> all(PageRequest page) {
    return QueryPages.of(
        em.createQuery("select s from Server s order by s.id desc", Server.class),
        em.createQuery("select count(s) from Server s", Long.class),
        page);
  }

  @Override
  public long countInStatus(ServerStatus status) {
    return em.createQuery("select count(s) from Server s where s.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  @Override
  public long countKept(long organisationId) {
    return em.createQuery(
            "select count(s) from Server s where s.organisationId = :organisation"
                + " and s.status not in :gone",
            Long.class)
        .setParameter("organisation", organisationId)
        .setParameter("gone", List.of(ServerStatus.TERMINATED, ServerStatus.FAILED))
        .getSingleResult();
  }

  @Override
  public List<Server> onConnection(long connectionId) {
    return em.createQuery(
            "select s from Server s where s.connectionId = :connection order by s.id", Server.class)
        .setParameter("connection", connectionId)
        .getResultList();
  }

  @Override
  public List<Server> onPlanForUpdate(long planId) {
    return em.createQuery(
            "select s from Server s where s.planId = :plan and s.status <> :gone", Server.class)
        .setParameter("plan", planId)
        .setParameter("gone", ServerStatus.TERMINATED)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<Server> inStatusForUpdate(long organisationId, ServerStatus status) {
    return em.createQuery(
            "select s from Server s where s.organisationId = :organisation and s.status = :status"
                + " and s.subscriptionId is null",
            Server.class)
        .setParameter("organisation", organisationId)
        .setParameter("status", status)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<Server> suspendedBeforeForUpdate(Instant cutoff) {
    return em.createQuery(
            "select s from Server s where s.status = :status and s.suspendedAt <= :cutoff"
                + " and s.subscriptionId is null",
            Server.class)
        .setParameter("status", ServerStatus.SUSPENDED)
        .setParameter("cutoff", cutoff)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Optional<Server> bySubscription(long subscriptionId) {
    return em.createQuery(
            "select s from Server s where s.subscriptionId = :subscription", Server.class)
        .setParameter("subscription", subscriptionId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Server> bySubscriptionForUpdate(long subscriptionId) {
    return em.createQuery(
            "select s from Server s where s.subscriptionId = :subscription", Server.class)
        .setParameter("subscription", subscriptionId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  private TypedQuery<Server> ofOrganisationQuery(long organisationId) {
    return em.createQuery(
            "select s from Server s where s.organisationId = :organisation order by s.id",
            Server.class)
        .setParameter("organisation", organisationId);
  }
}
