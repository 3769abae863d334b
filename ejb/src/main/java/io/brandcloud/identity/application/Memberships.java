package io.brandcloud.identity.application;

import io.brandcloud.access.Permission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.domain.CustomRoleRepository;
import io.brandcloud.identity.domain.MemberView;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.identity.domain.MembershipRepository;
import io.brandcloud.identity.domain.OrganisationRole;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Who belongs to an organisation and what their role lets them do there. An organisation the caller
 * is not a member of is "not found", as if it did not exist.
 */
@Stateless
public class Memberships {

  @Inject MembershipRepository memberships;
  @Inject CustomRoleRepository customRoles;
  @Inject RecentMemberships recent;
  @Inject AuditLog audit;

  public List<Membership> of(long userId) {
    return memberships.ofUser(userId);
  }

  /** The organisation the user works in now: the one chosen last, else the first they joined. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Membership> active(long userId) {
    return recent.active(
        tenantId(),
        userId,
        () -> memberships.chosen(userId).or(() -> memberships.ofUser(userId).stream().findFirst()));
  }

  /** A read of what each node remembers for 30 s: in the caller's transaction, or in none. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Membership> membership(long userId, long organisationId) {
    return recent.of(
        tenantId(), userId, organisationId, () -> memberships.of(userId, organisationId));
  }

  /** The membership, or "not found" for organisations the user is not in. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Membership requireMember(long userId, long organisationId) {
    return membership(userId, organisationId)
        .orElseThrow(() -> BrandcloudException.notFound("Organisation " + organisationId));
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Membership require(long userId, long organisationId, Permission permission) {
    Membership membership = requireMember(userId, organisationId);
    if (!membership.may(permission)) {
      throw new BrandcloudException(ErrorCode.MISSING_PERMISSION, permission.wireName());
    }
    return membership;
  }

  public Membership switchTo(long userId, long organisationId) {
    Membership membership = requireMember(userId, organisationId);
    memberships.choose(userId, organisationId);
    changed();
    return membership;
  }

  public Page<MemberView> members(long userId, long organisationId, PageRequest page) {
    requireMember(userId, organisationId);
    return memberships.members(organisationId, page);
  }

  public void changeRole(
      long actorId, long organisationId, long memberId, String role, Long customRoleId) {
    require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    if (requireMember(memberId, organisationId).role() == OrganisationRole.OWNER) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "The owner's role cannot be changed");
    }
    OrganisationRole newRole = RoleAssignment.assignable(role);
    Long custom = RoleAssignment.customRole(customRoles, organisationId, newRole, customRoleId);
    memberships.changeRole(organisationId, memberId, newRole, custom);
    changed();
    audit.record(
        null,
        "member.role_changed",
        "organisation " + organisationId,
        "user " + memberId + " " + newRole);
  }

  public void removeMember(long actorId, long organisationId, long memberId) {
    require(actorId, organisationId, Permission.MEMBERS_MANAGE);
    if (requireMember(memberId, organisationId).role() == OrganisationRole.OWNER) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "The owner cannot be removed");
    }
    memberships.remove(organisationId, memberId);
    changed();
    audit.record(null, "member.removed", "organisation " + organisationId, "user " + memberId);
  }

  /** Every change to organisations, members or roles: cached memberships are read afresh. */
  private void changed() {
    recent.forgetCurrentTenant();
  }

  private static long tenantId() {
    return CurrentTenant.require().tenantId();
  }
}
