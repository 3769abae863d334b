package io.brandcloud.identity.domain;

import io.brandcloud.access.Permission;
import java.util.List;
import java.util.Set;

/** The roles organisations define from permissions. */
public interface CustomRoleRepository {

  /** The organisation's roles, by name. */
  List<CustomRoleView> ofOrganisation(long organisationId);

  boolean exists(long organisationId, long roleId);

  boolean nameTaken(long organisationId, String name);

  long add(long organisationId, String name, Set<Permission> permissions);
}
