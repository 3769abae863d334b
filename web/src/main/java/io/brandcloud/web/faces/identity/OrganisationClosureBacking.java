package io.brandcloud.web.faces.identity;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.identity.application.OrganisationClosing;
import io.brandcloud.identity.domain.ClosureObstacle;
import io.brandcloud.identity.domain.Membership;
import io.brandcloud.identity.domain.OrganisationRole;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.SessionLogins;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The organisations page's closing card for the active organisation's owner: what must end first,
 * or the balance and what becomes of it, and the close itself with the password.
 */
@Named
@ViewScoped
public class OrganisationClosureBacking implements Serializable {

  @EJB OrganisationClosing closing;
  @EJB Wallets wallets;
  @EJB TenantSettings settings;
  @Inject CurrentUser user;
  @Inject OwnAccount own;
  @Inject Branding branding;
  @Inject Texts texts;

  private String currentPassword;
  private List<ClosureObstacle> obstacles;

  /** Only the owner closes, and not while staff act as them. */
  public boolean isShown() {
    Membership active = user.getOrganisation();
    return active != null && active.role() == OrganisationRole.OWNER && !user.isImpersonating();
  }

  public List<ClosureObstacle> getObstacles() {
    if (obstacles == null) {
      obstacles = closing.obstacles(user.id(), user.organisationId());
    }
    return obstacles;
  }

  public String describe(ClosureObstacle obstacle) {
    return ObstacleTexts.describe(obstacle, texts);
  }

  public Money getBalance() {
    return wallets.balance(user.organisationId());
  }

  public boolean isRefunded() {
    return settings.current().refundsClosedBalances();
  }

  public void close() {
    long owner = user.id();
    long organisation = user.organisationId();
    String password = currentPassword;
    OrganisationClosing.Closure[] closed = new OrganisationClosing.Closure[1];
    if (!FacesActions.attempt(
        () -> closed[0] = closing.close(owner, organisation, password),
        texts.format("portal.close.done"))) {
      return;
    }
    if (closed[0].loginClosed()) {
      SessionLogins.logout(own.request(), own.edge());
      FacesActions.redirect(branding.url("/login.xhtml"));
    } else {
      FacesActions.redirect(branding.url("/portal/organisations.xhtml"));
    }
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }
}
