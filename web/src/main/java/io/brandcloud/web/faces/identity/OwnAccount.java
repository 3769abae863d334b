package io.brandcloud.web.faces.identity;

import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The account page's user, for the beans of its parts: who they are, and what they may change. */
@Named
@RequestScoped
public class OwnAccount {

  @Inject CurrentLogin currentLogin;
  @Inject HttpServletRequest request;
  @Inject Texts texts;
  @Inject Branding branding;

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

  SessionLogin login() {
    return currentLogin.login().orElseThrow();
  }

  long userId() {
    return login().userId();
  }

  /**
   * Changes the user's own credentials, as {@link FacesActions#attempt}; staff acting as this user
   * may look but not change them, and are told so.
   */
  boolean change(Runnable action, String success) {
    if (currentLogin.login().map(SessionLogin::impersonated).orElse(false)) {
      FacesActions.error(texts.format("account.impersonated"));
      return false;
    }
    return FacesActions.attempt(action, success);
  }

  HttpServletRequest request() {
    return request;
  }

  Edge edge() {
    return (Edge) request.getAttribute(Edge.ATTRIBUTE);
  }
}
