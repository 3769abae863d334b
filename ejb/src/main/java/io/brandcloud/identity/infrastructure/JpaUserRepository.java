package io.brandcloud.identity.infrastructure;

import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<User> find(long userId) {
    return Optional.ofNullable(em.find(User.class, userId));
  }
}
