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
}
