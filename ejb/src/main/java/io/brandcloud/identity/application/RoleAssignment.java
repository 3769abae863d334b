package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.CustomRoleRepository;
import io.brandcloud.identity.domain.OrganisationRole;
import io.brandcloud.shared.BrandcloudException;

/**
 * The role a member may be given or invited with: any but owner, a custom one of the same place.
 */
final class RoleAssignment {

  private RoleAssignment() {}

  static OrganisationRole assignable(String role) {
    OrganisationRole parsed = OrganisationRole.parse(role);
    if (parsed == OrganisationRole.OWNER) {
      throw BrandcloudException.invalid("role", "An organisation has exactly one owner");
    }
    return parsed;
  }

  /** The custom role's id for {@link OrganisationRole#CUSTOM}, which must be the organisation's. */
  static Long customRole(
      CustomRoleRepository roles, long organisationId, OrganisationRole role, Long customRoleId) {
    if (role != OrganisationRole.CUSTOM) {
      return null;
    }
    if (customRoleId == null || !roles.exists(organisationId, customRoleId)) {
      throw BrandcloudException.invalid("customRoleId", "Name one of this organisation's roles");
    }
    return customRoleId;
  }
}
