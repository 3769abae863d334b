package io.brandcloud.web.faces.identity;

import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The account page's user, for the beans of its parts: who they are, and what they may change. */
@RequestScoped
public class OwnAccount {

  @Inject CurrentLogin currentLogin;
  @Inject HttpServletRequest request;
  @Inject Texts texts;

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
