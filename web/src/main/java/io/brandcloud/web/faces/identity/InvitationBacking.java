package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.Invitations;
import io.brandcloud.identity.application.Memberships;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
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
  @Inject Texts texts;

  private String token;

  public void accept() {
    if (!user.isLoggedIn()) {
      FacesActions.error(texts.format("public.invitation.loginFirst"));
      return;
    }
    Membership[] joined = new Membership[1];
    if (FacesActions.attempt(() -> joined[0] = invitations.accept(user.id(), token), null)) {
      memberships.switchTo(user.id(), joined[0].organisationId());
      FacesActions.info(texts.format("public.invitation.welcome", joined[0].organisationName()));
      FacesActions.redirect(branding.url("/portal/index.xhtml"));
    }
  }

  public void decline() {
    FacesActions.attempt(
        () -> invitations.decline(token), texts.format("public.invitation.declined"));
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
