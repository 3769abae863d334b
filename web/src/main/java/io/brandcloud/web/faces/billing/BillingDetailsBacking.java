package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.web.faces.shared.BillingDetailsForm;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.TimeFormat;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The active organisation's billing details, as its invoices will address it. */
@Named
@ViewScoped
public class BillingDetailsBacking implements Serializable {

  @EJB BillingDetails billingDetails;
  @Inject CurrentUser user;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;
  @Inject TimeFormat times;

  private final BillingDetailsForm form = new BillingDetailsForm();

  @PostConstruct
  void load() {
    if (user.may("billing:view")) {
      show(billingDetails.of(user.organisationId()));
    }
  }

  private void show(BillingParty party) {
    show(new BillingDetails.Current(party, billingDetails.taxIdCheck(user.organisationId())));
  }

  private void show(BillingDetails.Current details) {
    form.show(
        details.party(), TaxIdCheckText.of(texts, times, details.party(), details.taxIdCheck()));
  }

  public BillingDetailsForm getForm() {
    return form;
  }

  public boolean isEditable() {
    return user.may("billing:manage");
  }

  public void save() {
    if (!isEditable()) {
      FacesActions.error(texts.format("portal.billingDetails.notAllowed"));
      return;
    }
    FacesActions.attempt(
        () ->
            show(
                billingDetails.changeByCustomer(
                    user.organisationId(),
                    form.change(false),
                    currentLogin.login().orElseThrow().name())),
        texts.format("portal.billingDetails.saved"));
  }
}
