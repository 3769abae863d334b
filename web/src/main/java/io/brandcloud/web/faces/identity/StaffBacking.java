package io.brandcloud.web.faces.identity;

import io.brandcloud.access.Role;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reseller's staff: adding a member (whose one-time password is shown once), giving one another
 * role, removing one.
 */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

  static final List<Role> ROLES = List.of(Role.TENANT_ADMIN, Role.BILLING, Role.SUPPORT);

  @EJB UserAccounts accounts;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private String email;
  private String name;
  private String role = Role.SUPPORT.group();
  private String handedOver;
  private String oneTimePassword;
  // the role chosen in each row, by user id, as the role's group name
  private final Map<Long, String> roles = new HashMap<>();
  private transient List<AuthenticatedUser> staff;

  public List<AuthenticatedUser> getStaff() {
    if (staff == null) {
      staff = accounts.staff();
      staff.forEach(member -> roles.putIfAbsent(member.id(), member.role().group()));
    }
    return staff;
  }

  public List<Role> getRoles() {
    return ROLES;
  }

  /** The role chosen for each member in the list, by user id. */
  public Map<Long, String> getChosenRoles() {
    return roles;
  }

  public boolean isSelf(AuthenticatedUser member) {
    return currentLogin.login().map(l -> l.userId() == member.id()).orElse(false);
  }

  public void add() {
    String actor = actor();
    String[] password = new String[1];
    if (FacesActions.attempt(
        () -> password[0] = accounts.createStaff(email, name, roleNamed(role), actor),
        texts.format("admin.staff.added", email))) {
      handedOver = email;
      oneTimePassword = password[0];
      email = null;
      name = null;
      staff = null;
    }
  }

  public void changeRole(AuthenticatedUser member) {
    Role chosen = roleNamed(roles.get(member.id()));
    String actor = actor();
    FacesActions.attempt(
        () -> accounts.changeStaffRole(member.id(), chosen, actor),
        texts.format("admin.staff.roleChanged", member.email()));
    staff = null;
    roles.clear();
  }

  public void remove(AuthenticatedUser member) {
    String actor = actor();
    FacesActions.attempt(
        () -> accounts.removeStaff(member.id(), actor),
        texts.format("admin.staff.removed", member.email()));
    staff = null;
    roles.clear();
  }

  private static Role roleNamed(String group) {
    return ROLES.stream().filter(r -> r.group().equals(group)).findFirst().orElse(null);
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public String getHandedOver() {
    return handedOver;
  }

  public String getOneTimePassword() {
    return oneTimePassword;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
