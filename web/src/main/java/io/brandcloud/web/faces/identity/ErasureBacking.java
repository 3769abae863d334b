package io.brandcloud.web.faces.identity;

import io.brandcloud.privacy.application.Erasures;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.security.SessionLogins;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page the link to confirm an erasure opens. It erases on a button, after a question, not on
 * opening: mail filters open links to look at them. Whatever session the browser had ends.
 */
@Named
@RequestScoped
public class ErasureBacking {

  @EJB Erasures erasures;
  @Inject HttpServletRequest request;

  private String token;
  private boolean done;

  public void confirm() {
    if (FacesActions.attempt(() -> erasures.confirm(token), null)) {
      done = true;
      SessionLogins.logout(request, (Edge) request.getAttribute(Edge.ATTRIBUTE));
    }
  }

  public boolean isDone() {
    return done;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
