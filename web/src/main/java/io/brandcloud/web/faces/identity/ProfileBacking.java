package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.AccountProfile;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import io.brandcloud.web.security.SessionLogins;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The account page's name and login address: the name changes at once, a new address once the link
 * mailed to it is opened.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AccountProfile profile;
  @EJB UserAccounts accounts;
  @Inject OwnAccount own;
  @Inject CurrentLogin currentLogin;
  @Inject Branding branding;
  @Inject Texts texts;

  private String name;
  private String email;
  private String pendingEmail;
  private String newEmail;
  private String currentPassword;

  @PostConstruct
  void load() {
    currentLogin
        .login()
        .flatMap(login -> accounts.find(login.userId()))
        .ifPresent(
            user -> {
              name = user.displayName();
              email = user.email();
              pendingEmail = profile.pendingEmail(user.id()).orElse(null);
            });
  }

  public void rename() {
    SessionLogin login = own.login();
    String[] saved = new String[1];
    if (own.change(
        () -> saved[0] = profile.rename(login.userId(), name).displayName(),
        texts.format("account.profile.renamed"))) {
      name = saved[0];
      SessionLogins.login(own.request(), own.edge(), login.renamed(saved[0]));
    }
  }

  public void askToChangeEmail() {
    long user = own.userId();
    String asked = newEmail;
    if (own.change(
        () -> profile.askToChangeEmail(user, asked, currentPassword, branding.absoluteBase()),
        texts.format("account.profile.linkSent", asked == null ? "" : asked.strip(), email))) {
      pendingEmail = profile.pendingEmail(user).orElse(null);
      newEmail = null;
    }
    currentPassword = null;
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

  public String getPendingEmail() {
    return pendingEmail;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }
}
