package io.brandcloud.identity.domain;

import java.util.Optional;

/** The current tenant's user accounts. */
public interface UserRepository {

  Optional<User> find(long userId);
}
