package io.brandcloud.support.tickets.application;

import io.brandcloud.support.tickets.domain.Department;
import java.io.Serializable;

/** A department as a customer sees it when opening a ticket: who answers it stays with staff. */
public record DepartmentChoice(long id, String name, String description) implements Serializable {

  static DepartmentChoice of(Department department) {
    return new DepartmentChoice(
        department.id(), department.name(), department.description().orElse(null));
  }
}
