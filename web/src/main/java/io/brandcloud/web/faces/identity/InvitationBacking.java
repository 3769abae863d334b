package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.Invitations;
import io.brandcloud.identity.domain.InvitationOffer;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The page an invitation mail links to: accept (logged in as the invitee) or decline. */
@Named
@RequestScoped
public class InvitationBacking {

  @EJB Invitations invitations;
  @Inject CurrentUser user;
  @Inject InvitationsForMe forMe;
  @Inject Texts texts;

  private String token;
  private Optional<InvitationOffer> offer;

  /** Who asks whom to join what: empty once answered or expired, or for a wrong link. */
  public InvitationOffer getOffer() {
    if (offer == null) {
      offer = invitations.offer(token);
    }
    return offer.orElse(null);
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
      offer = Optional.empty();
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
