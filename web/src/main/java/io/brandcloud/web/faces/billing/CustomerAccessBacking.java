package io.brandcloud.web.faces.billing;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.identity.application.AccountAccess;
import io.brandcloud.identity.domain.OrganisationSummary;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The Customers page's access card: staff shut the chosen customer's owner out (with a reason), let
 * them back in, or make them choose a new password.
 */
@Named
@ViewScoped
public class CustomerAccessBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AccountAccess access;
  @Inject CurrentLogin currentLogin;
  @Inject Branding branding;
  @Inject Texts texts;
  @Inject CustomerProfileBacking profile;
  @Inject CurrentUser user;

  private Long ownerId;
  private String ownerName;
  private String disabledReason;
  private boolean disabled;
  private String reason;

  public void choose(OrganisationSummary customer) {
    ownerId = customer.ownerId();
    ownerName = customer.name() + " – " + customer.ownerEmail();
    reason = null;
    FacesActions.attempt(this::readState, null);
    if (user.staffMay(StaffPermission.USERS_EDIT.name())) {
      profile.choose(ownerId);
    }
  }

  public void disable() {
    if (act(() -> access.disable(ownerId, reason, actor()), "admin.customers.access.disabled")) {
      reason = null;
    }
  }

  public void enable() {
    act(() -> access.enable(ownerId, actor()), "admin.customers.access.enabled");
  }

  public void forcePasswordReset() {
    act(
        () -> access.forcePasswordReset(ownerId, actor(), branding.absoluteBase()),
        "admin.customers.access.resetSent");
  }

  private boolean act(Runnable action, String done) {
    if (ownerId == null) {
      FacesActions.error(texts.get("admin.customers.access.choose"));
      return false;
    }
    boolean acted = FacesActions.attempt(action, texts.format(done, ownerName));
    FacesActions.attempt(this::readState, null);
    return acted;
  }

  private void readState() {
    disabledReason = access.disabledReason(ownerId).orElse(null);
    disabled = disabledReason != null;
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public boolean isChosen() {
    return ownerId != null;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public boolean isDisabled() {
    return disabled;
  }

  public String getDisabledReason() {
    return disabledReason;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
