package io.brandcloud.web.faces.identity;

import io.brandcloud.identity.application.TwoFactor;
import io.brandcloud.identity.application.TwoFactorEnrolment;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.SessionLogin;
import io.brandcloud.web.security.SessionLogins;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Two factors on a user's own account: enrol with a code, see the recovery codes once, disable. */
@Named
@ViewScoped
public class TwoFactorBacking implements Serializable {

  @EJB TwoFactor twoFactor;
  @Inject OwnAccount own;
  @Inject Texts texts;

  private TwoFactorEnrolment enrolment;
  private String twoFactorCode;
  private List<String> recoveryCodes;

  public boolean isTwoFactorOn() {
    return twoFactor.isEnabled(own.userId());
  }

  public long getUnusedRecoveryCodes() {
    return twoFactor.unusedRecoveryCodes(own.userId());
  }

  public void startTwoFactor() {
    long user = own.userId();
    own.change(() -> enrolment = twoFactor.start(user), null);
  }

  public void confirmTwoFactor() {
    SessionLogin login = own.login();
    if (own.change(
        () -> recoveryCodes = twoFactor.confirm(login.userId(), twoFactorCode),
        texts.format("account.twoFactor.enabled"))) {
      enrolment = null;
      twoFactorCode = null;
      SessionLogins.login(own.request(), own.edge(), login.withSecondFactor());
    }
  }

  public void disableTwoFactor() {
    long user = own.userId();
    if (own.change(
        () -> twoFactor.disable(user, twoFactorCode), texts.format("account.twoFactor.disabled"))) {
      twoFactorCode = null;
      recoveryCodes = null;
    }
  }

  public TwoFactorEnrolment getEnrolment() {
    return enrolment;
  }

  public String getTwoFactorCode() {
    return twoFactorCode;
  }

  public void setTwoFactorCode(String twoFactorCode) {
    this.twoFactorCode = twoFactorCode;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }
}
