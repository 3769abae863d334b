package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.domain.StoredTaxRule;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The tenant's tax rules, which invoices apply by the customer's country and region. */
@Named
@ViewScoped
public class TaxRulesBacking implements Serializable {

  @EJB TaxRules taxRules;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private final TaxRuleForm form = new TaxRuleForm();

  public List<StoredTaxRule> getRules() {
    return taxRules.list();
  }

  public void addRule() {
    if (FacesActions.attempt(
        () -> taxRules.add(form.rule(), actor()), texts.get("admin.billing.ruleAdded"))) {
      form.next();
    }
  }

  public void removeRule(StoredTaxRule rule) {
    FacesActions.attempt(
        () -> taxRules.remove(rule.id(), actor()), texts.get("admin.billing.ruleRemoved"));
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public TaxRuleForm getForm() {
    return form;
  }
}
