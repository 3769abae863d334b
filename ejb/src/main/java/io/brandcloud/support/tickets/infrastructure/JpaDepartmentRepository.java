package io.brandcloud.support.tickets.infrastructure;

import io.brandcloud.support.tickets.domain.Department;
import io.brandcloud.support.tickets.domain.DepartmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDepartmentRepository implements DepartmentRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Department department) {
    em.persist(department);
  }

  @Override
  public Optional<Department> find(long departmentId) {
    return Optional.ofNullable(em.find(Department.class, departmentId));
  }

  @Override
  public List<Department> all() {
    return em.createQuery(
            "select d from Department d order by d.active desc, lower(d.name), d.id",
            Department.class)
        .getResultList();
  }

  @Override
  public boolean nameTaken(String name, Long exceptId) {
    return em.createQuery(
                "select count(d) from Department d where lower(d.name) = lower(:name)"
                    + " and d.id <> :except",
                Long.class)
            .setParameter("name", name)
            .setParameter("except", exceptId == null ? -1L : exceptId)
            .getSingleResult()
        > 0;
  }
}
