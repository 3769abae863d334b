package io.brandcloud.web.faces.identity;

import io.brandcloud.access.Permission;
import io.brandcloud.identity.application.CustomRoles;
import io.brandcloud.identity.application.Invitations;
import io.brandcloud.identity.application.Memberships;
import io.brandcloud.identity.application.Organisations;
import io.brandcloud.identity.domain.CustomRoleView;
import io.brandcloud.identity.domain.InvitationView;
import io.brandcloud.identity.domain.MemberView;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The customer's organisations; members, invitations and roles of the active one. */
@Named
@ViewScoped
public class OrganisationsBacking implements Serializable {

  @EJB Organisations organisations;

  @EJB Memberships memberships;

  @EJB Invitations invitations;

  @EJB CustomRoles customRoles;
  @Inject CurrentUser user;
  @Inject Branding branding;
  @Inject Texts texts;

  private String newName;
  private String inviteEmail;
  private String inviteRole = "member";
  private String roleName;
  private List<String> rolePermissions = new ArrayList<>();

  public List<Membership> getMine() {
    return memberships.of(user.id());
  }

  public Membership getActive() {
    return user.getOrganisation();
  }

  public boolean isManager() {
    return getActive() != null && getActive().may(Permission.MEMBERS_MANAGE);
  }

  public List<MemberView> getMembers() {
    Membership active = getActive();
    return active == null
        ? List.of()
        : memberships.members(user.id(), active.organisationId(), PageRequest.first(100)).items();
  }

  public List<InvitationView> getInvitations() {
    return isManager()
        ? invitations.of(user.id(), getActive().organisationId(), PageRequest.first(50)).items()
        : List.of();
  }

  public List<CustomRoleView> getRoles() {
    Membership active = getActive();
    return active == null ? List.of() : customRoles.of(user.id(), active.organisationId());
  }

  public List<String> getAllPermissions() {
    return Arrays.stream(Permission.values()).map(Permission::wireName).toList();
  }

  public void switchTo(Membership membership) {
    if (FacesActions.attempt(
        () -> memberships.switchTo(user.id(), membership.organisationId()),
        texts.format("portal.organisations.switched", membership.organisationName()))) {
      FacesActions.redirect(branding.url("/portal/organisations.xhtml"));
    }
  }

  public void create() {
    if (FacesActions.attempt(
        () ->
            memberships.switchTo(
                user.id(), organisations.create(user.id(), newName).organisationId()),
        texts.format("portal.organisations.created", newName))) {
      FacesActions.redirect(branding.url("/portal/organisations.xhtml"));
    }
  }

  public void invite() {
    long organisation = getActive().organisationId();
    Long customRole = null;
    String role = inviteRole;
    if (inviteRole.startsWith("custom:")) {
      customRole = Long.parseLong(inviteRole.substring("custom:".length()));
      role = "custom";
    }
    Long custom = customRole;
    String chosen = role;
    if (FacesActions.attempt(
        () ->
            invitations.invite(
                user.id(), organisation, inviteEmail, chosen, custom, branding.absoluteBase()),
        texts.format("portal.organisations.invited", inviteEmail))) {
      inviteEmail = null;
    }
  }

  public void remove(MemberView member) {
    FacesActions.attempt(
        () -> memberships.removeMember(user.id(), getActive().organisationId(), member.userId()),
        texts.format("portal.organisations.removed", member.email()));
  }

  public void createRole() {
    if (FacesActions.attempt(
        () ->
            customRoles.create(user.id(), getActive().organisationId(), roleName, rolePermissions),
        texts.format("portal.organisations.roleCreated", roleName))) {
      roleName = null;
      rolePermissions = new ArrayList<>();
    }
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public String getInviteRole() {
    return inviteRole;
  }

  public void setInviteRole(String inviteRole) {
    this.inviteRole = inviteRole;
  }

  public String getRoleName() {
    return roleName;
  }

  public void setRoleName(String roleName) {
    this.roleName = roleName;
  }

  public List<String> getRolePermissions() {
    return rolePermissions;
  }

  public void setRolePermissions(List<String> rolePermissions) {
    this.rolePermissions = rolePermissions;
  }
}
