package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.AccountProfile;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.SessionLogins;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page the link to a new login address opens. It confirms on a button, not on opening: mail
 * filters open links to look at them.
 */
@Named
@RequestScoped
public class EmailChangeBacking {

  @EJB AccountProfile profile;
  @Inject Branding branding;
  @Inject Texts texts;
  @Inject HttpServletRequest request;

  private String token;

  public void confirm() {
    String[] address = new String[1];
    if (FacesActions.attempt(
        () -> address[0] = profile.confirmEmailChange(token).orElse(null), null)) {
      if (address[0] != null) {
        SessionLogins.logout(request, (Edge) request.getAttribute(Edge.ATTRIBUTE));
        FacesActions.info(texts.format("public.emailChange.done", address[0]));
        FacesActions.redirect(branding.url("/login.xhtml"));
      } else {
        FacesActions.error(texts.format("public.emailChange.wrong"));
      }
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
