package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.Invitations;
import io.brandcloud.identity.domain.InvitationOffer;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The page an invitation mail links to: accept (logged in as the invitee) or decline. Kept with the
 * page, so the buttons shown with the invitation are still there when they are pressed.
 */
@Named
@ViewScoped
public class InvitationBacking implements Serializable {

  @EJB Invitations invitations;
  @Inject CurrentUser user;
  @Inject InvitationsForMe forMe;
  @Inject Texts texts;

  private String token;
  private InvitationOffer offer;
  private boolean offerRead;

  /** Who asks whom to join what: null once answered or expired, or for a wrong link. */
  public InvitationOffer getOffer() {
    if (!offerRead && token != null) {
      offer = invitations.offer(token).orElse(null);
      offerRead = true;
    }
    return offer;
  }

  public void accept() {
    if (!user.isLoggedIn()) {
      FacesActions.error(texts.format("public.invitation.loginFirst"));
      return;
    }
    Membership[] joined = new Membership[1];
    if (FacesActions.attempt(() -> joined[0] = invitations.accept(user.id(), token), null)) {
      forMe.welcome(joined[0]);
    }
  }

  public void decline() {
    if (FacesActions.attempt(
        () -> invitations.decline(token), texts.format("public.invitation.declined"))) {
      offer = null;
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
