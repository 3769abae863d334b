package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.Invitations;
import io.brandcloud.identity.application.Memberships;
import io.brandcloud.identity.domain.InvitationOffer;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The invitations still open to the logged-in user's address, answered where they are shown, so the
 * invitee needs the mailed link no more than they want to.
 */
@Named
@RequestScoped
public class InvitationsForMe {

  @EJB Invitations invitations;
  @EJB Memberships memberships;
  @Inject CurrentUser user;
  @Inject Branding branding;
  @Inject Texts texts;

  private List<InvitationOffer> offers;

  public List<InvitationOffer> getOffers() {
    if (offers == null) {
      offers = user.isLoggedIn() ? invitations.offersTo(user.id()) : List.of();
    }
    return offers;
  }

  public void accept(long invitationId) {
    Membership[] joined = new Membership[1];
    if (FacesActions.attempt(() -> joined[0] = invitations.accept(user.id(), invitationId), null)) {
      welcome(joined[0]);
    }
  }

  /** Into the organisation just joined: its dashboard, with a word of welcome. */
  void welcome(Membership joined) {
    memberships.switchTo(user.id(), joined.organisationId());
    FacesActions.info(texts.format("public.invitation.welcome", joined.organisationName()));
    FacesActions.redirect(branding.url("/portal/index.xhtml"));
  }

  public void decline(long invitationId) {
    if (FacesActions.attempt(
        () -> invitations.decline(user.id(), invitationId),
        texts.format("public.invitation.declined"))) {
      offers = null;
    }
  }
}
