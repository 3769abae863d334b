package io.brandcloud.web.faces.billing;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.identity.application.AccountAccess;
import io.brandcloud.identity.domain.OrganisationSummary;
import io.brandcloud.privacy.application.DataExports;
import io.brandcloud.privacy.application.Erasures;
import io.brandcloud.privacy.domain.DataExport;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.TimeFormat;
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
  @EJB DataExports exports;
  @EJB Erasures erasures;
  @Inject CurrentLogin currentLogin;
  @Inject Branding branding;
  @Inject Texts texts;
  @Inject CustomerProfileBacking profile;
  @Inject CurrentUser user;
  @Inject TimeFormat times;

  private Long ownerId;
  private String ownerName;
  private String disabledReason;
  private boolean disabled;
  private String reason;
  private String lastDataExport;

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

  /** A copy of the customer's data, prepared in the background; the link goes to them alone. */
  public void prepareDataExport() {
    act(() -> exports.requestFor(ownerId, actor()), "admin.customers.access.dataRequested");
  }

  /** Erases the customer for good, on a request made to the shop; their billing records stay. */
  public void erase() {
    act(() -> erasures.eraseByStaff(ownerId, actor()), "admin.customers.access.erased");
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
    lastDataExport =
        user.staffMay(StaffPermission.CUSTOMERS_VIEW.name())
            ? exports.ofCustomer(ownerId).stream().findFirst().map(this::describe).orElse(null)
            : null;
  }

  private String describe(DataExport export) {
    String state =
        switch (export.status()) {
          case REQUESTED, BUILDING -> texts.format("admin.customers.access.data.preparing");
          case READY -> texts.format("admin.customers.access.data.ready");
          case DOWNLOADED -> texts.format("admin.customers.access.data.downloaded");
          case EXPIRED -> texts.format("admin.customers.access.data.expired");
          case FAILED -> texts.format("admin.customers.access.data.failed");
        };
    return texts.format(
        "admin.customers.access.data.last", times.show(export.requestedAt()), state);
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

  /** The latest copy of the customer's data: when it was asked for and where it stands. */
  public String getLastDataExport() {
    return lastDataExport;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
