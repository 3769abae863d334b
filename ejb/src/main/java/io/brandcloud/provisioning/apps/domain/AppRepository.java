package io.brandcloud.provisioning.apps.domain;

import java.util.List;
import java.util.Optional;

public interface AppRepository {

  /** The tenant's apps by name. */
  List<App> all();

  Optional<App> find(long id);

  Optional<App> named(String name);

  int count();

  /** Adds the app; another with its name is a conflict. */
  long add(App app);

  /**
   * Replaces app {@code id} with {@code app}; another with its name is a conflict. False when there
   * is no such app (any more).
   */
  boolean change(long id, App app);

  void delete(long id);
}
