package io.brandcloud.identity.infrastructure;

import io.brandcloud.access.Role;
import io.brandcloud.identity.domain.User;
import io.brandcloud.identity.domain.UserRepository;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(User user) {
    em.persist(user);
    em.flush();
  }

  @Override
  public Optional<User> find(long userId) {
    return Optional.ofNullable(em.find(User.class, userId));
  }

  @Override
  public Optional<User> findForUpdate(long userId) {
    return Optional.ofNullable(em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<User> withEmail(String email) {
    return em.createQuery("select u from User u where u.email = :email", User.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<User> staff() {
    return em.createQuery(
            "select u from User u where u.role <> :customer order by u.email", User.class)
        .setParameter("customer", Role.CUSTOMER)
        .getResultList();
  }

  @Override
  public long admins() {
    return em.createQuery("select count(u) from User u where u.role = :admin", Long.class)
        .setParameter("admin", Role.TENANT_ADMIN)
        .getSingleResult();
  }

  @Override
  public void removeStaff(User user) {
    for (String owned : List.of("api_keys", "account_tokens", "recovery_codes", "user_totp")) {
      em.createNativeQuery("DELETE FROM " + owned + " WHERE user_id = ?1")
          .setParameter(1, user.id())
          .executeUpdate();
    }
    em.remove(user);
    em.flush();
  }

  @Override
  public void lock(User user) {
    em.lock(user, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public void refreshForUpdate(User user) {
    em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<Sessions> sessions(long userId) {
    List<?> row =
        em.createNativeQuery("SELECT sessions_valid_after FROM users WHERE id = ?1")
            .setParameter(1, userId)
            .getResultList();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Object validAfter = row.get(0);
    return Optional.of(new Sessions(validAfter == null ? null : SqlValues.instant(validAfter)));
  }
}
