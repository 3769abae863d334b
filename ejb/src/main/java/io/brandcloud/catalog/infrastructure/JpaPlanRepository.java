package io.brandcloud.catalog.infrastructure;

import io.brandcloud.catalog.domain.Plan;
import io.brandcloud.catalog.domain.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(Plan plan) {
    em.persist(plan);
  }

  @Override
  public Optional<Plan> find(long planId) {
    return Optional.ofNullable(em.find(Plan.class, planId));
  }

  @Override
  public List<Plan> all() {
    return em.createQuery("select p from Plan p order by p.monthlyPrice, p.id", Plan.class)
        .getResultList();
  }
}
