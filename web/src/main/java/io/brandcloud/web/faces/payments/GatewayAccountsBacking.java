package io.brandcloud.web.faces.payments;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.payments.application.GatewaySetup;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.Branding;
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
import java.util.Arrays;
import java.util.List;

/**
 * The gateway accounts on staff's payments page: admins connect and test them; secrets are written,
 * never shown.
 */
@Named
@ViewScoped
public class GatewayAccountsBacking implements Serializable {

  @EJB GatewaySetup setup;
  @Inject CurrentUser user;
  @Inject Branding branding;
  @Inject Texts texts;

  private transient List<GatewaySettings> gateways;
  private String editing = GatewayKind.TEST.wireName();
  private GatewayForm form = new GatewayForm();

  /** The form starts with the first connected gateway, or the test gateway. */
  @PostConstruct
  void startEditing() {
    if (isAdmin()) {
      edit(getGateways().isEmpty() ? editing : getGateways().get(0).kind().wireName());
    }
  }

  public boolean isAdmin() {
    return user.staffMay(StaffPermission.SETTINGS_MANAGE.name());
  }

  public List<GatewaySettings> getGateways() {
    if (gateways == null) {
      gateways = isAdmin() ? setup.all() : List.of();
    }
    return gateways;
  }

  public List<String> getKinds() {
    return Arrays.stream(GatewayKind.values()).map(GatewayKind::wireName).toList();
  }

  /** Fills the form with the account of {@code kind}, secrets left empty (they are kept). */
  public void edit(String kind) {
    editing = kind;
    form =
        GatewayForm.of(
            getGateways().stream().filter(g -> g.kind().wireName().equals(kind)).findFirst());
  }

  public void save() {
    GatewayKind kind = GatewayKind.parse(editing);
    if (FacesActions.attempt(
        () -> setup.configure(kind, form.change(presetList())),
        texts.format("admin.payments.saved", kind.displayName()))) {
      gateways = null;
      form.forgetSecrets();
    }
  }

  /** The presets as typed ("10, 25, 50"); a word that is no number is refused with the form. */
  private List<BigDecimal> presetList() {
    String presets = form.getPresets();
    if (presets == null || presets.isBlank()) {
      return List.of();
    }
    try {
      return Arrays.stream(presets.split("[,;\\s]+"))
          .filter(p -> !p.isBlank())
          .map(BigDecimal::new)
          .toList();
    } catch (NumberFormatException e) {
      throw BrandcloudException.invalid("presets", texts.get("admin.payments.presetsInvalid"));
    }
  }

  public void check(String kind) {
    GatewaySettings checked = setup.check(GatewayKind.parse(kind));
    if (checked.checkError() == null) {
      FacesActions.info(texts.format("admin.payments.works", checked.kind().displayName()));
    } else {
      FacesActions.error(
          texts.format(
              "admin.payments.broken", checked.kind().displayName(), checked.checkError()));
    }
    gateways = null;
  }

  public String webhookUrl(String kind) {
    return branding.absoluteBase() + "/api/v1/webhooks/" + kind;
  }

  public String getEditing() {
    return editing;
  }

  public void setEditing(String editing) {
    this.editing = editing;
  }

  public GatewayForm getForm() {
    return form;
  }
}
