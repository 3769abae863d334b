package io.brandcloud.web.faces.account;

import io.brandcloud.access.Role;
import io.brandcloud.access.Scope;
import io.brandcloud.identity.application.ApiKeyView;
import io.brandcloud.identity.application.ApiKeys;
import io.brandcloud.identity.application.CreatedApiKey;
import io.brandcloud.identity.application.TwoFactor;
import io.brandcloud.identity.application.TwoFactorEnrolment;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.Credentials;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import io.brandcloud.web.security.SessionLogins;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A user's own account: change the password, end all sessions, manage API keys. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

  @EJB UserAccounts accounts;
  @EJB ApiKeys keys;
  @EJB TwoFactor twoFactor;
  @Inject CurrentLogin currentLogin;
  @Inject Credentials credentials;
  @Inject Branding branding;
  @Inject HttpServletRequest request;
  @Inject Texts texts;

  private String currentPassword;
  private String newPassword;
  private String keyName;
  private List<String> keyScopes = new ArrayList<>(List.of(Scope.READ_SERVERS.wireName()));
  private LocalDate keyExpires;
  private String createdSecret;
  private TwoFactorEnrolment enrolment;
  private String twoFactorCode;
  private List<String> recoveryCodes;

  /**
   * Sends anonymous visitors to the login page. The page shows what opens the account (a new key,
   * recovery codes, the user's own mail), so no browser keeps it.
   */
  public void requireLogin() {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("Cache-Control", "no-store");
    if (currentLogin.login().isEmpty()) {
      FacesActions.redirect(branding.url("/login.xhtml"));
    }
  }

  public void changePassword() {
    if (impersonated()) {
      return;
    }
    SessionLogin login = currentLogin.login().orElseThrow();
    if (FacesActions.attempt(
        () -> accounts.changeOwnPassword(login.userId(), currentPassword, newPassword),
        texts.format("account.password.changed"))) {
      keepThisSession(login);
    }
  }

  public void endAllSessions() {
    if (impersonated()) {
      return;
    }
    SessionLogin login = currentLogin.login().orElseThrow();
    accounts.endAllSessions(login.userId());
    SessionLogins.logout(request, edge());
    FacesActions.info(texts.format("account.sessions.ended"));
    FacesActions.redirect(branding.url("/login.xhtml"));
  }

  public boolean isTwoFactorOn() {
    return twoFactor.isEnabled(currentLogin.login().orElseThrow().userId());
  }

  public long getUnusedRecoveryCodes() {
    return twoFactor.unusedRecoveryCodes(currentLogin.login().orElseThrow().userId());
  }

  public void startTwoFactor() {
    if (impersonated()) {
      return;
    }
    long user = currentLogin.login().orElseThrow().userId();
    FacesActions.attempt(() -> enrolment = twoFactor.start(user), null);
  }

  public void confirmTwoFactor() {
    if (impersonated()) {
      return;
    }
    SessionLogin login = currentLogin.login().orElseThrow();
    if (FacesActions.attempt(
        () -> recoveryCodes = twoFactor.confirm(login.userId(), twoFactorCode),
        texts.format("account.twoFactor.enabled"))) {
      enrolment = null;
      twoFactorCode = null;
      SessionLogins.login(request, edge(), login.withSecondFactor());
    }
  }

  public void disableTwoFactor() {
    if (impersonated()) {
      return;
    }
    long user = currentLogin.login().orElseThrow().userId();
    if (FacesActions.attempt(
        () -> twoFactor.disable(user, twoFactorCode), texts.format("account.twoFactor.disabled"))) {
      twoFactorCode = null;
      recoveryCodes = null;
    }
  }

  public List<ApiKeyView> getKeys() {
    return keys.list(currentLogin.login().orElseThrow().userId(), PageRequest.first(100)).items();
  }

  /** The scopes this user may grant, by wire name. */
  public List<String> getGrantableScopes() {
    Role role = Role.fromGroups(currentLogin.login().orElseThrow().groups());
    return Scope.allowedFor(role).stream().map(Scope::wireName).toList();
  }

  public void createKey() {
    if (impersonated()) {
      return;
    }
    long user = currentLogin.login().orElseThrow().userId();
    CreatedApiKey[] created = new CreatedApiKey[1];
    if (FacesActions.attempt(
        () ->
            created[0] =
                keys.create(
                    user,
                    keyName,
                    keyScopes,
                    keyExpires == null
                        ? null
                        : keyExpires.atStartOfDay(ZoneOffset.UTC).toInstant()),
        texts.format("account.keys.created"))) {
      createdSecret = created[0].secret();
      keyName = null;
    }
  }

  public void revokeAllKeys() {
    if (impersonated()) {
      return;
    }
    long user = currentLogin.login().orElseThrow().userId();
    FacesActions.attempt(() -> keys.revokeAll(user), texts.format("account.keys.allRevoked"));
  }

  public void revoke(ApiKeyView key) {
    if (impersonated()) {
      return;
    }
    long user = currentLogin.login().orElseThrow().userId();
    FacesActions.attempt(
        () -> keys.revoke(user, key.id()), texts.format("account.keys.revokedOne", key.prefix()));
  }

  public String scopesOf(ApiKeyView key) {
    return Scope.join(key.scopes());
  }

  private void keepThisSession(SessionLogin login) {
    SessionLogin renewed = credentials.renewed(login);
    SessionLogins.login(request, edge(), renewed);
  }

  /** Staff acting as this user may look but not change the user's credentials. */
  private boolean impersonated() {
    if (currentLogin.login().map(SessionLogin::impersonated).orElse(false)) {
      FacesActions.error(texts.format("account.impersonated"));
      return true;
    }
    return false;
  }

  private Edge edge() {
    return (Edge) request.getAttribute(Edge.ATTRIBUTE);
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

  public String getKeyName() {
    return keyName;
  }

  public void setKeyName(String keyName) {
    this.keyName = keyName;
  }

  public List<String> getKeyScopes() {
    return keyScopes;
  }

  public void setKeyScopes(List<String> keyScopes) {
    this.keyScopes = keyScopes;
  }

  public LocalDate getKeyExpires() {
    return keyExpires;
  }

  public void setKeyExpires(LocalDate keyExpires) {
    this.keyExpires = keyExpires;
  }

  public TwoFactorEnrolment getEnrolment() {
    return enrolment;
  }

  public String getTwoFactorCode() {
    return twoFactorCode;
  }

  public void setTwoFactorCode(String twoFactorCode) {
    this.twoFactorCode = twoFactorCode;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCreatedSecret() {
    return createdSecret;
  }
}
