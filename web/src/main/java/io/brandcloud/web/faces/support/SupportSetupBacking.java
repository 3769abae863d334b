package io.brandcloud.web.faces.support;

import io.brandcloud.support.tickets.application.CannedReplies;
import io.brandcloud.support.tickets.application.CannedReplyView;
import io.brandcloud.support.tickets.application.DepartmentView;
import io.brandcloud.support.tickets.application.SupportDepartments;
import io.brandcloud.support.tickets.application.TicketDesk;
import io.brandcloud.support.tickets.domain.SupportPeople.Person;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The support desk's set-up: departments and who answers them, and canned replies. */
@Named
@ViewScoped
public class SupportSetupBacking implements Serializable {

  @EJB SupportDepartments departments;
  @EJB CannedReplies canned;
  @EJB TicketDesk desk;
  @Inject Texts texts;

  private List<DepartmentView> departmentList = List.of();
  private List<CannedReplyView> cannedList = List.of();
  private List<Person> workers = List.of();
  private final DepartmentForm department = new DepartmentForm();
  private String cannedTitle;
  private String cannedBody;

  @PostConstruct
  void load() {
    departmentList = departments.all();
    cannedList = canned.all();
    workers = desk.workers();
  }

  public void edit(DepartmentView chosen) {
    department.show(chosen);
  }

  public void newDepartment() {
    department.clear();
  }

  public void saveDepartment() {
    List<Long> staff = new ArrayList<>(department.getStaffIds());
    boolean saved =
        FacesActions.attempt(
            () -> {
              if (department.getId() == null) {
                departments.create(department.getName(), department.getDescription(), staff);
              } else {
                departments.change(
                    department.getId(),
                    department.getName(),
                    department.getDescription(),
                    staff,
                    department.isActive());
              }
            },
            texts.get("admin.support.departmentSaved"));
    if (saved) {
      department.clear();
      load();
    }
  }

  public void addCanned() {
    if (FacesActions.attempt(
        () -> canned.create(cannedTitle, cannedBody), texts.get("admin.support.cannedSaved"))) {
      cannedTitle = null;
      cannedBody = null;
      load();
    }
  }

  public void removeCanned(CannedReplyView reply) {
    FacesActions.attempt(() -> canned.remove(reply.id()), texts.get("admin.support.cannedRemoved"));
    load();
  }

  /** The names of a department's staff, for the table. */
  public String staffOf(DepartmentView view) {
    Map<Long, String> names = workers.stream().collect(Collectors.toMap(Person::id, Person::name));
    return view.staffIds().stream()
        .map(id -> names.getOrDefault(id, "#" + id))
        .collect(Collectors.joining(", "));
  }

  public List<DepartmentView> getDepartments() {
    return departmentList;
  }

  public List<CannedReplyView> getCannedReplies() {
    return cannedList;
  }

  public List<Person> getWorkers() {
    return workers;
  }

  public DepartmentForm getDepartment() {
    return department;
  }

  public String getCannedTitle() {
    return cannedTitle;
  }

  public void setCannedTitle(String cannedTitle) {
    this.cannedTitle = cannedTitle;
  }

  public String getCannedBody() {
    return cannedBody;
  }

  public void setCannedBody(String cannedBody) {
    this.cannedBody = cannedBody;
  }
}
