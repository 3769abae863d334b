package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.OperatorRepository;
import io.brandcloud.platform.domain.PlatformOperator;
import io.brandcloud.shared.PlatformUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaOperatorRepository implements OperatorRepository {

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Override
  public long count() {
    return em.createQuery("select count(o) from PlatformOperator o", Long.class).getSingleResult();
  }

  @Override
  public void add(PlatformOperator operator) {
    em.persist(operator);
  }

  @Override
  public Optional<PlatformOperator> byEmail(String email) {
    return em.createQuery(
            "select o from PlatformOperator o where o.email = :email", PlatformOperator.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }
}
