package io.brandcloud.web.faces.support;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.support.tickets.application.DepartmentView;
import io.brandcloud.support.tickets.application.SupportDepartments;
import io.brandcloud.support.tickets.application.TicketDesk;
import io.brandcloud.support.tickets.application.TicketSummary;
import io.brandcloud.support.tickets.domain.SupportPeople.Person;
import io.brandcloud.support.tickets.domain.TicketFilter;
import io.brandcloud.support.tickets.domain.TicketStatus;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The staff's ticket queue: tickets waiting longest for an answer first, filtered by status,
 * department and assignee, with how long each has waited.
 */
@Named
@ViewScoped
public class TicketQueueBacking implements Serializable {

  @EJB TicketDesk desk;
  @EJB SupportDepartments departments;
  @Inject ApplicationClock clock;
  @Inject Texts texts;

  private PagedModel<TicketSummary> queue;
  private List<DepartmentView> departmentChoices;
  private List<Person> workers;
  private String status = TicketFilter.NOT_CLOSED;
  private Long departmentId;
  private String assignee = "";

  @PostConstruct
  void load() {
    departmentChoices = departments.all();
    workers = desk.workers();
  }

  /** Shows the queue as the filters in the address say, so a filtered queue can be bookmarked. */
  public void show() {
    if (workers == null) {
      return;
    }
    TicketFilter filter = filter();
    queue = new PagedModel<>(page -> desk.queue(filter, page), t -> Long.toString(t.id()));
  }

  /** Puts the chosen filters into the address and shows that queue. */
  public String apply() {
    return "/admin/tickets?faces-redirect=true&includeViewParams=true";
  }

  /** The setters let only known values in, so the filter never refuses them. */
  private TicketFilter filter() {
    return TicketFilter.of(status, departmentId, assignee, CurrentCaller.require().userId());
  }

  /** How long staff have owed an answer, e.g. "2 h 5 min"; blank when they owe none. */
  public String age(Instant since) {
    if (since == null) {
      return "";
    }
    Duration waited = Duration.between(since, clock.now());
    if (waited.toHours() >= 24) {
      return texts.format("admin.tickets.age.days", waited.toDays(), waited.toHoursPart());
    }
    if (waited.toMinutes() >= 60) {
      return texts.format("admin.tickets.age.hours", waited.toHours(), waited.toMinutesPart());
    }
    return texts.format("admin.tickets.age.minutes", Math.max(0, waited.toMinutes()));
  }

  public TicketStatus[] getStatuses() {
    return TicketStatus.values();
  }

  public PagedModel<TicketSummary> getQueue() {
    return queue;
  }

  public List<DepartmentView> getDepartments() {
    return departmentChoices;
  }

  public List<Person> getWorkers() {
    return workers;
  }

  public String getStatus() {
    return status;
  }

  /** From the address as well as the form: what is no filter shows the tickets not closed. */
  public void setStatus(String status) {
    boolean known =
        TicketFilter.NOT_CLOSED.equals(status)
            || TicketFilter.ALL.equals(status)
            || Arrays.stream(TicketStatus.values()).anyMatch(s -> s.wireName().equals(status));
    this.status = known ? status : TicketFilter.NOT_CLOSED;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  public void setDepartmentId(Long departmentId) {
    this.departmentId = departmentId;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    boolean known =
        assignee != null
            && (assignee.equals("me")
                || assignee.equals("none")
                || (!assignee.isEmpty()
                    && assignee.length() < 19
                    && assignee.chars().allMatch(Character::isDigit)));
    this.assignee = known ? assignee : "";
  }
}
