package io.brandcloud.provisioning.firewalls.domain;

import java.util.List;
import java.util.Optional;

public interface FirewallPresetRepository {

  /** The tenant's presets by name. */
  List<FirewallPreset> all();

  Optional<FirewallPreset> find(long id);

  Optional<FirewallPreset> named(String name);

  int count();

  /** Adds the preset; another with its name is a conflict. */
  long add(String name, FirewallRules rules);

  /**
   * Renames the preset and replaces its rules; another with its name is a conflict. False when
   * there is no such preset (any more).
   */
  boolean change(long id, String name, FirewallRules rules);

  void delete(long id);
}
