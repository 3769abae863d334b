package io.brandcloud.web.faces.operations;

import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.rest.RateLimits;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The tenant's settings as its admins change them: the API's rate limit, the staff's second factor,
 * when customers are warned, suspended and deleted for an unpaid balance, credits or money, and the
 * language of its mail.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

  @EJB TenantSettings settings;
  @Inject RateLimits rateLimits;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private final SettingsForm form = new SettingsForm();

  @PostConstruct
  void load() {
    form.show(settings.forStaff());
  }

  public void save() {
    SettingsChange change = form.change();
    String actor = currentLogin.login().orElseThrow().name();
    if (FacesActions.attempt(
        () -> form.show(settings.change(change, actor)), texts.get("admin.settings.saved"))) {
      rateLimits.forget(CurrentTenant.require());
    }
  }

  public SettingsForm getForm() {
    return form;
  }
}
