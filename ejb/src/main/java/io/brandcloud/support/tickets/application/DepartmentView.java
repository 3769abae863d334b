package io.brandcloud.support.tickets.application;

import io.brandcloud.support.tickets.domain.Department;
import java.io.Serializable;
import java.util.List;

/** A support department and the ids of the staff who answer it. */
public record DepartmentView(
    long id, String name, String description, boolean active, List<Long> staffIds)
    implements Serializable {

  static DepartmentView of(Department department) {
    return new DepartmentView(
        department.id(),
        department.name(),
        department.description().orElse(null),
        department.active(),
        department.staff().stream().sorted().toList());
  }
}
