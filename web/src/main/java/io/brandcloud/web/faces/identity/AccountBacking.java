package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.Credentials;
import io.brandcloud.web.security.SessionLogin;
import io.brandcloud.web.security.SessionLogins;
import io.brandcloud.web.security.SessionRecords;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A user's own account: change the password and end all sessions. Two factors are {@link
 * TwoFactorBacking}'s, API keys {@link ApiKeysBacking}'s.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

  @EJB UserAccounts accounts;
  @Inject OwnAccount own;
  @Inject Credentials credentials;
  @Inject SessionRecords records;
  @Inject Branding branding;
  @Inject Texts texts;

  private String currentPassword;
  private String newPassword;

  public void changePassword() {
    SessionLogin login = own.login();
    if (own.change(
        () -> accounts.changeOwnPassword(login.userId(), currentPassword, newPassword),
        texts.format("account.password.changed"))) {
      SessionLogins.login(
          own.request(), own.edge(), records.renewed(own.edge(), credentials.renewed(login)));
    }
  }

  public void endAllSessions() {
    long user = own.userId();
    if (own.change(() -> accounts.endAllSessions(user), texts.format("account.sessions.ended"))) {
      SessionLogins.logout(own.request(), own.edge());
      FacesActions.redirect(branding.url("/login.xhtml"));
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
