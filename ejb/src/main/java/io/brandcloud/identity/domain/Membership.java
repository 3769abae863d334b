package io.brandcloud.identity.domain;

import io.brandcloud.access.Permission;
import java.util.Set;

/** A user's place in an organisation and what it lets them do there. */
public record Membership(
    long organisationId,
    String organisationName,
    boolean personal,
    OrganisationRole role,
    String customRoleName,
    Set<Permission> permissions) {

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }
}
