package io.brandcloud.web.faces.shared;

import io.brandcloud.access.Role;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.edge.LoginReturn;
import io.brandcloud.web.edge.PortalLanguage;
import io.brandcloud.web.security.Credentials;
import io.brandcloud.web.security.SessionLogin;
import io.brandcloud.web.security.SessionLogins;
import io.brandcloud.web.security.SessionRecords;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The login form of both realms: on the platform host it checks operators, in a tenant that
 * tenant's users. Staff land in the admin area, customers in the portal.
 */
@Named
@RequestScoped
public class LoginBacking {

  @Inject HttpServletRequest request;
  @Inject Credentials credentials;
  @Inject SessionRecords records;
  @Inject Branding branding;
  @Inject Texts texts;

  @Inject ApplicationClock clock;
  @EJB UserAccounts accounts;

  private static final String NEXT_IN_SESSION = "brandcloud.login.next";

  private String email;
  private String password;
  private String code;
  private String newPassword;
  private String repeatedPassword;

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }

  public void login() {
    Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
    rememberNext(edge);
    Credentials.PasswordCheck check;
    try {
      check = credentials.checkPassword(edge, email, password);
    } catch (BrandcloudException refused) {
      FacesActions.error(refused);
      return;
    }
    if (check instanceof Credentials.SecondFactorNeeded needed) {
      SessionLogins.awaitSecondFactor(
          request, edge, new SessionLogins.PendingLoginStep(needed.userId(), clock.now()));
      FacesActions.redirect(branding.url("/two-factor.xhtml"));
    } else if (check instanceof Credentials.PasswordChangeNeeded needed) {
      credentials.spendOneTimePassword(edge, needed.userId());
      SessionLogins.awaitPasswordChange(
          request, edge, new SessionLogins.PendingLoginStep(needed.userId(), clock.now()));
      FacesActions.redirect(branding.url("/new-password.xhtml"));
    } else if (check instanceof Credentials.Granted granted) {
      SessionLogins.login(request, edge, records.begin(request, edge, granted.login()));
      FacesActions.redirect(destination(edge, granted.login()));
    } else {
      FacesActions.error(texts.format("public.login.wrong"));
    }
  }

  /** The second step: the code from the authenticator app, or a recovery code. */
  public void confirmSecondFactor() {
    Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
    var pending = SessionLogins.pendingSecondFactor(request, edge, clock.now());
    if (pending.isEmpty()) {
      FacesActions.error(texts.format("public.login.passwordFirst"));
      FacesActions.redirect(branding.url("/login.xhtml"));
      return;
    }
    Optional<SessionLogin> login;
    try {
      login = credentials.secondFactor(edge, pending.get().userId(), code);
    } catch (BrandcloudException refused) {
      FacesActions.error(refused);
      return;
    }
    if (login.isEmpty()) {
      FacesActions.error(texts.format("public.login.codeWrong"));
      return;
    }
    SessionLogins.login(request, edge, records.begin(request, edge, login.get()));
    FacesActions.redirect(destination(edge, login.get()));
  }

  /** After a one-time password: the user's own password, and with it the login. */
  public void chooseOwnPassword() {
    Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
    var pending = SessionLogins.pendingPasswordChange(request, edge, clock.now());
    if (pending.isEmpty()) {
      FacesActions.error(texts.format("public.login.oneTimeUsed"));
      return;
    }
    if (newPassword == null || !newPassword.equals(repeatedPassword)) {
      FacesActions.error(texts.format("public.login.passwordsDiffer"));
      return;
    }
    SessionLogin login;
    try {
      login =
          credentials.replaceOneTimePassword(
              edge, pending.get().userId(), newPassword, pending.get().since());
    } catch (BrandcloudException refused) {
      FacesActions.error(refused);
      return;
    }
    SessionLogins.login(request, edge, records.begin(request, edge, login));
    FacesActions.redirect(destination(edge, login));
  }

  /** The page the visitor asked for before logging in, if it is one of this portal's. */
  private void rememberNext(Edge edge) {
    LoginReturn.safeNext(request.getParameter(LoginReturn.NEXT), edge, request.getContextPath())
        .ifPresentOrElse(
            next -> request.getSession().setAttribute(NEXT_IN_SESSION + edge.realm(), next),
            () -> {
              if (request.getSession(false) != null) {
                request.getSession().removeAttribute(NEXT_IN_SESSION + edge.realm());
              }
            });
  }

  /** Where a completed login goes: the page asked for before, else the user's home page. */
  private String destination(Edge edge, SessionLogin login) {
    if (edge.tenant().isPresent()) {
      PortalLanguage.remember(
          request,
          edge,
          CurrentTenant.supplyAs(edge.tenant().get(), () -> accounts.languageOf(login.userId())));
    }
    Object next =
        request.getSession(false) == null
            ? null
            : request.getSession().getAttribute(NEXT_IN_SESSION + edge.realm());
    if (next != null) {
      request.getSession().removeAttribute(NEXT_IN_SESSION + edge.realm());
    }
    return LoginReturn.safeNext((String) next, edge, request.getContextPath())
        .orElse(branding.url(home(login)));
  }

  static String home(SessionLogin login) {
    if (login.groups().contains(Credentials.OPERATOR_GROUP)) {
      return "/platform/dashboard.xhtml";
    }
    Role role = Role.fromGroups(login.groups());
    if (!role.isStaff()) {
      return "/portal/index.xhtml";
    }
    return "/admin/dashboard.xhtml";
  }

  public void logout() {
    Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
    SessionLogins.of(request, edge).ifPresent(login -> records.loggedOut(edge, login));
    SessionLogins.logout(request, edge);
    FacesActions.redirect(
        branding.url(edge.isPlatform() ? "/platform/login.xhtml" : "/login.xhtml"));
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
