package io.brandcloud.support.tickets.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import io.brandcloud.support.tickets.domain.Department;
import io.brandcloud.support.tickets.domain.DepartmentRepository;
import io.brandcloud.support.tickets.domain.SupportPeople;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The tenant's support departments and who answers each; kept by staff who work tickets. */
@Stateless
public class SupportDepartments {

  @Inject DepartmentRepository departments;
  @Inject SupportPeople people;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public List<DepartmentView> all() {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    return departments.all().stream().map(DepartmentView::of).toList();
  }

  public DepartmentView create(String name, String description, Collection<Long> staffIds) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    String checkedName = name(name, null);
    Department department =
        new Department(
            checkedName,
            Validation.optionalText("description", description, 300),
            staff(staffIds),
            clock.now());
    departments.add(department);
    audit.record(null, "department.created", "department " + department.id(), checkedName);
    return DepartmentView.of(department);
  }

  /**
   * Renames, re-staffs, retires ({@code active} false) or offers again a department; a null {@code
   * active} leaves that as it is.
   */
  public DepartmentView change(
      long departmentId,
      String name,
      String description,
      Collection<Long> staffIds,
      Boolean active) {
    CurrentCaller.requireStaff(StaffPermission.TICKETS_MANAGE);
    Department department =
        departments
            .find(departmentId)
            .orElseThrow(() -> BrandcloudException.notFound("Department " + departmentId));
    String checkedName = name(name, departmentId);
    Set<Long> checkedStaff = staff(staffIds);
    String checkedDescription = Validation.optionalText("description", description, 300);
    boolean offered = active == null ? department.active() : active;
    if (!offered
        && department.active()
        && departments.all().stream().filter(Department::active).count() == 1) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The last department that takes tickets cannot be retired");
    }
    department.change(checkedName, checkedDescription, checkedStaff, offered);
    audit.record(
        null,
        "department.changed",
        "department " + departmentId,
        checkedName + (offered ? "" : " (retired)") + ", staff " + checkedStaff);
    return DepartmentView.of(department);
  }

  private String name(String name, Long departmentId) {
    String checked = Validation.requireText("name", name, 80);
    if (departments.nameTaken(checked, departmentId)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "A department named '" + checked + "' exists already");
    }
    return checked;
  }

  private Set<Long> staff(Collection<Long> staffIds) {
    Set<Long> checked = new LinkedHashSet<>(staffIds == null ? List.of() : staffIds);
    for (Long id : checked) {
      boolean works =
          id != null
              && people
                  .person(id)
                  .filter(p -> p.role().may(StaffPermission.TICKETS_MANAGE))
                  .isPresent();
      if (!works) {
        throw BrandcloudException.invalid(
            "staffIds", "No staff member who works tickets has the id " + id);
      }
    }
    return checked;
  }
}
