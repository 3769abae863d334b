package io.brandcloud.web.faces.billing;

import io.brandcloud.identity.application.AccountAccess;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The access card's name and login address of the chosen customer's owner, for tenant admins: the
 * name changes at once, a new address once the link mailed to it is opened.
 */
@Named
@ViewScoped
public class CustomerProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AccountAccess access;
  @Inject CurrentLogin currentLogin;
  @Inject Branding branding;
  @Inject Texts texts;

  private Long userId;
  private String name;
  private String email;
  private String newEmail;
  private String pendingEmail;

  void choose(long ownerId) {
    userId = ownerId;
    name = null;
    email = null;
    newEmail = null;
    pendingEmail = null;
    FacesActions.attempt(this::read, null);
  }

  public void rename() {
    String actor = actor();
    if (FacesActions.attempt(
        () -> access.rename(userId, name, actor),
        texts.format("admin.customers.profile.renamed"))) {
      FacesActions.attempt(this::read, null);
    }
  }

  public void changeEmail() {
    String actor = actor();
    String asked = newEmail;
    if (FacesActions.attempt(
        () -> access.changeEmail(userId, asked, actor, branding.absoluteBase()),
        texts.format("admin.customers.profile.linkSent", asked))) {
      newEmail = null;
    }
    FacesActions.attempt(this::read, null);
  }

  private void read() {
    AuthenticatedUser user = access.user(userId);
    name = user.displayName();
    email = user.email();
    pendingEmail = access.pendingEmail(userId).orElse(null);
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public boolean isChosen() {
    return userId != null && email != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getPendingEmail() {
    return pendingEmail;
  }
}
