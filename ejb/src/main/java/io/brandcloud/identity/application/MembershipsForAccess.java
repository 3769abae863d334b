package io.brandcloud.identity.application;

import io.brandcloud.access.OrganisationRoles;
import io.brandcloud.access.Permission;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** Answers the access check's question from the organisations' memberships. */
@ApplicationScoped
public class MembershipsForAccess implements OrganisationRoles {

  @EJB Memberships memberships;

  @Override
  public void requireRoleAllowing(long userId, long organisationId, Permission permission) {
    memberships.require(userId, organisationId, permission);
  }
}
