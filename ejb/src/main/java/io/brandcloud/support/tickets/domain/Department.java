package io.brandcloud.support.tickets.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where tickets go (sales, technical, billing) and the staff who answer them. Retired rather than
 * deleted, so old tickets keep their department.
 */
@Entity
@Table(name = "support_departments")
public class Department {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String name;

  private String description;

  @Column(nullable = false)
  private boolean active;

  @ElementCollection
  @CollectionTable(
      name = "support_department_staff",
      joinColumns = @JoinColumn(name = "department_id"))
  @Column(name = "user_id")
  private Set<Long> staff = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Department() {}

  public Department(String name, String description, Set<Long> staff, Instant now) {
    this.name = name;
    this.description = description;
    this.active = true;
    this.staff = new HashSet<>(staff);
    this.createdAt = now;
  }

  public void change(String newName, String newDescription, Set<Long> newStaff, boolean offered) {
    name = newName;
    description = newDescription;
    staff.clear();
    staff.addAll(newStaff);
    active = offered;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public boolean active() {
    return active;
  }

  public Set<Long> staff() {
    return Set.copyOf(staff);
  }
}
