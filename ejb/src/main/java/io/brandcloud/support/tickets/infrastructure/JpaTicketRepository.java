package io.brandcloud.support.tickets.infrastructure;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.QueryPages;
import io.brandcloud.support.tickets.domain.Ticket;
import io.brandcloud.support.tickets.domain.TicketFilter;
import io.brandcloud.support.tickets.domain.TicketMessage;
import io.brandcloud.support.tickets.domain.TicketRepository;
import io.brandcloud.support.tickets.domain.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

  private static final String URGENCY =
      "case t.priority when io.brandcloud.support.tickets.domain.TicketPriority.URGENT then 0"
          + " when io.brandcloud.support.tickets.domain.TicketPriority.HIGH then 1"
          + " when io.brandcloud.support.tickets.domain.TicketPriority.NORMAL then 2 else 3 end";

  @PersistenceContext EntityManager em;

  @Override
  public void add(Ticket ticket) {
    em.persist(ticket);
  }

  @Override
  public Optional<Ticket> find(long ticketId) {
    return Optional.ofNullable(em.find(Ticket.class, ticketId));
  }

  @Override
  public Optional<Ticket> findForUpdate(long ticketId) {
    return Optional.ofNullable(em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Page<Ticket> ofOrganisation(long organisationId, PageRequest page) {
    return QueryPages.of(
        em.createQuery(
                "select t from Ticket t where t.organisationId = :organisation"
                    + " order by t.updatedAt desc, t.id desc",
                Ticket.class)
            .setParameter("organisation", organisationId),
        em.createQuery(
                "select count(t) from Ticket t where t.organisationId = :organisation", Long.class)
            .setParameter("organisation", organisationId),
        page);
  }

  @Override
  public Page<Ticket> queue(TicketFilter filter, PageRequest page) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = conditions(filter, parameters);
    TypedQuery<Ticket> rows =
        em.createQuery(
            "select t from Ticket t"
                + where
                + " order by case when t.waitingSince is null then 1 else 0 end, "
                + URGENCY
                + ", t.waitingSince, t.updatedAt desc, t.id desc",
            Ticket.class);
    TypedQuery<Long> count = em.createQuery("select count(t) from Ticket t" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          count.setParameter(name, value);
        });
    return QueryPages.of(rows, count, page);
  }

  private static String conditions(TicketFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (filter.status().isPresent()) {
      conditions.add("t.status = :status");
      parameters.put("status", filter.status().get());
    } else if (filter.open()) {
      conditions.add("t.status <> :closed");
      parameters.put("closed", TicketStatus.CLOSED);
    }
    filter
        .departmentId()
        .ifPresent(
            department -> {
              conditions.add("t.departmentId = :department");
              parameters.put("department", department);
            });
    if (filter.assigneeId().isPresent()) {
      conditions.add("t.assigneeId = :assignee");
      parameters.put("assignee", filter.assigneeId().get());
    } else if (filter.unassigned()) {
      conditions.add("t.assigneeId is null");
    }
    filter
        .organisationId()
        .ifPresent(
            organisation -> {
              conditions.add("t.organisationId = :organisation");
              parameters.put("organisation", organisation);
            });
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  @Override
  public long fromVisitorsSince(Instant since, String email, String clientAddress) {
    em.createNativeQuery(
            "SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':contact-form'))")
        .getSingleResult();
    TypedQuery<Long> count =
        em.createQuery(
                "select count(t) from Ticket t where t.visitorEmail is not null"
                    + " and t.createdAt >= :since"
                    + (email == null ? "" : " and lower(t.visitorEmail) = lower(:email)")
                    + (clientAddress == null ? "" : " and t.visitorAddress = :address"),
                Long.class)
            .setParameter("since", since);
    if (email != null) {
      count.setParameter("email", email);
    }
    if (clientAddress != null) {
      count.setParameter("address", clientAddress);
    }
    return count.getSingleResult();
  }

  @Override
  public long awaitingStaff() {
    return em.createQuery("select count(t) from Ticket t where t.status in :owed", Long.class)
        .setParameter("owed", List.of(TicketStatus.OPEN, TicketStatus.WAITING_FOR_STAFF))
        .getSingleResult();
  }

  @Override
  public void add(TicketMessage message) {
    em.persist(message);
  }

  @Override
  public List<TicketMessage> messages(long ticketId, boolean withNotes) {
    return em.createQuery(
            "select m from TicketMessage m where m.ticketId = :ticket"
                + (withNotes ? "" : " and m.internal = false")
                + " order by m.createdAt, m.id",
            TicketMessage.class)
        .setParameter("ticket", ticketId)
        .getResultList();
  }
}
