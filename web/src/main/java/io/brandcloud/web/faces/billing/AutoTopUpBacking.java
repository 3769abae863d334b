package io.brandcloud.web.faces.billing;

import io.brandcloud.payments.application.AutoTopUps;
import io.brandcloud.payments.domain.AutoTopUp;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/** The wallet's automatic top-up: a saved card charged when the balance falls below a threshold. */
@Named
@ViewScoped
public class AutoTopUpBacking implements Serializable {

  @EJB AutoTopUps autoTopUps;
  @Inject CurrentUser user;
  @Inject Texts texts;

  private AutoTopUp autoTopUp;
  private BigDecimal threshold;
  private BigDecimal amount;
  private boolean enabled;

  @PostConstruct
  void load() {
    if (user.may("billing:view")) {
      read();
    }
  }

  private void read() {
    autoTopUp = autoTopUps.of(user.organisationId()).orElse(null);
    if (autoTopUp != null) {
      threshold = autoTopUp.threshold();
      amount = autoTopUp.amount();
      enabled = autoTopUp.enabled();
    }
  }

  public void save() {
    if (FacesActions.attempt(
        () -> autoTopUps.configure(user.organisationId(), threshold, amount, enabled),
        texts.get("portal.wallet.autoSaved"))) {
      read();
    }
  }

  public void forgetCard() {
    if (FacesActions.attempt(
        () -> autoTopUps.forget(user.organisationId()), texts.get("portal.wallet.cardForgotten"))) {
      autoTopUp = null;
    }
  }

  public AutoTopUp getAutoTopUp() {
    return autoTopUp;
  }

  public BigDecimal getThreshold() {
    return threshold;
  }

  public void setThreshold(BigDecimal threshold) {
    this.threshold = threshold;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
