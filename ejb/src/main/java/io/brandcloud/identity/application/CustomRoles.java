package io.brandcloud.identity.application;

import io.brandcloud.access.Permission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.CustomRoleRepository;
import io.brandcloud.identity.domain.CustomRoleView;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles an organisation defines from permissions, for members the built-in roles do not fit. */
@Stateless
public class CustomRoles {

  @Inject CustomRoleRepository roles;
  @EJB Memberships access;
  @Inject AuditLog audit;

  public List<CustomRoleView> of(long userId, long organisationId) {
    access.requireMember(userId, organisationId);
    return roles.ofOrganisation(organisationId);
  }

  public CustomRoleView create(
      long actorId, long organisationId, String name, List<String> permissionNames) {
    access.require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    String checkedName = Validation.requireText("name", name, 60);
    if (permissionNames == null || permissionNames.isEmpty()) {
      throw BrandcloudException.invalid("permissions", "Name at least one permission");
    }
    Set<Permission> permissions =
        permissionNames.stream()
            .map(Permission::parse)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)));
    if (roles.nameTaken(organisationId, checkedName)) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "A role named " + checkedName + " exists");
    }
    long id = roles.add(organisationId, checkedName, permissions);
    audit.record(
        null,
        "role.created",
        "organisation " + organisationId,
        checkedName + ": " + Permission.join(permissions));
    return new CustomRoleView(id, checkedName, permissions);
  }
}
