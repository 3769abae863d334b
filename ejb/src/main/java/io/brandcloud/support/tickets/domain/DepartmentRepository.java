package io.brandcloud.support.tickets.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's support departments. */
public interface DepartmentRepository {

  void add(Department department);

  Optional<Department> find(long departmentId);

  /** All departments, active first, by name. */
  List<Department> all();

  boolean nameTaken(String name, Long exceptId);

  /** The department a ticket goes to when no one chose: the first active one by name. */
  default Optional<Long> firstActive() {
    return all().stream().filter(Department::active).findFirst().map(Department::id);
  }
}
