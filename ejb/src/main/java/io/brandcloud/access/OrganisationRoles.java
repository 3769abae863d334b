package io.brandcloud.access;

/**
 * Whether a person's role in an organisation allows a permission, asked by {@link MemberAccess} and
 * answered by identity, which keeps the memberships.
 */
public interface OrganisationRoles {

  /**
   * Passes if the user is a member of the organisation whose role allows the permission; an
   * organisation they are not in is "not found", one whose role does not allow it is refused.
   */
  void requireRoleAllowing(long userId, long organisationId, Permission permission);
}
