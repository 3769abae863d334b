package io.brandcloud.web.faces.portal;

import io.brandcloud.identity.application.Invitations;
import io.brandcloud.identity.application.Memberships;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page an invitation mail links to: accept (logged in as the invitee) or decline. */
@Named
@RequestScoped
public class InvitationBacking {

  @EJB Memberships memberships;

  @EJB Invitations invitations;
  @Inject CurrentUser user;
  @Inject Branding branding;

  private String token;

  public void accept() {
    if (!user.isLoggedIn()) {
      FacesActions.error(
          "Log in (or sign up) with the invited address first, then open the link again");
      return;
    }
    Membership[] joined = new Membership[1];
    if (FacesActions.attempt(() -> joined[0] = invitations.accept(user.id(), token), null)) {
      memberships.switchTo(user.id(), joined[0].organisationId());
      FacesActions.info("Welcome to " + joined[0].organisationName());
      FacesActions.redirect(branding.url("/portal/index.xhtml"));
    }
  }

  public void decline() {
    FacesActions.attempt(() -> invitations.decline(token), "Invitation declined");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
