package io.brandcloud.web.faces.support;

import io.brandcloud.support.tickets.application.DepartmentView;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A department as the set-up page edits it: a new one while {@code id} is null. */
public class DepartmentForm implements Serializable {

  private Long id;
  private String name;
  private String description;
  private List<Long> staffIds = new ArrayList<>();
  private boolean active = true;

  void show(DepartmentView view) {
    id = view.id();
    name = view.name();
    description = view.description();
    staffIds = new ArrayList<>(view.staffIds());
    active = view.active();
  }

  void clear() {
    id = null;
    name = null;
    description = null;
    staffIds = new ArrayList<>();
    active = true;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<Long> getStaffIds() {
    return staffIds;
  }

  public void setStaffIds(List<Long> staffIds) {
    this.staffIds = staffIds == null ? new ArrayList<>() : new ArrayList<>(staffIds);
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
