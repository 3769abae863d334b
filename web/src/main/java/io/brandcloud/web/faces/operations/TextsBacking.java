package io.brandcloud.web.faces.operations;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.settings.TextOverride;
import io.brandcloud.settings.TextOverrides;
import io.brandcloud.web.edge.PortalTextKeys;
import io.brandcloud.web.edge.PortalTexts;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.StaffPermissions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The tenant's own wording of portal texts: what is reworded, rewording one, and undoing it. */
@Named
@ViewScoped
public class TextsBacking implements Serializable {

  @EJB TextOverrides overrides;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private String key;
  private String language = "en";
  private String text;
  private transient List<TextOverride> reworded;

  public List<TextOverride> getReworded() {
    if (reworded == null) {
      reworded = overrides.list();
    }
    return reworded;
  }

  public List<String> getLanguages() {
    return TextOverrides.LANGUAGES;
  }

  /** Brandcloud's wording of the chosen key in the chosen language, to start from. */
  public String getDefaultWording() {
    if (key == null || key.isBlank()) {
      return "";
    }
    String wording = PortalTexts.text(key.strip(), Locale.forLanguageTag(language));
    return PortalTexts.isMissing(wording) ? texts.get("admin.texts.unknownKey") : wording;
  }

  public void save() {
    if (!StaffPermissions.allowed(StaffPermission.SETTINGS_MANAGE)) {
      return;
    }
    String actor = currentLogin.login().orElseThrow().name();
    String chosen = key == null ? null : key.strip();
    if (FacesActions.attempt(
        () -> overrides.set(PortalTextKeys.requireKnown(chosen), language, text, actor),
        texts.format("admin.texts.saved", chosen))) {
      key = null;
      text = null;
      reworded = null;
    }
  }

  public void reset(TextOverride override) {
    if (!StaffPermissions.allowed(StaffPermission.SETTINGS_MANAGE)) {
      return;
    }
    String actor = currentLogin.login().orElseThrow().name();
    FacesActions.attempt(
        () -> overrides.remove(override.key(), override.language(), actor),
        texts.format("admin.texts.reset", override.key()));
    reworded = null;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
