package io.brandcloud.web.faces.operations;

import io.brandcloud.settings.TextOverride;
import io.brandcloud.settings.TextOverrides;
import io.brandcloud.web.edge.PortalTextKeys;
import io.brandcloud.web.edge.PortalTexts;
import io.brandcloud.web.faces.shared.FacesActions;
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

  private final RewordingForm form = new RewordingForm();
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
    String key = form.chosenKey();
    if (key == null || key.isEmpty()) {
      return "";
    }
    String wording = PortalTexts.text(key, Locale.forLanguageTag(form.getLanguage()));
    return PortalTexts.isMissing(wording) ? texts.get("admin.texts.unknownKey") : wording;
  }

  public void save() {
    String actor = currentLogin.login().orElseThrow().name();
    String chosen = form.chosenKey();
    if (FacesActions.attempt(
        () ->
            overrides.set(
                PortalTextKeys.requireKnown(chosen), form.getLanguage(), form.getText(), actor),
        texts.format("admin.texts.saved", chosen))) {
      form.next();
      reworded = null;
    }
  }

  public void reset(TextOverride override) {
    String actor = currentLogin.login().orElseThrow().name();
    FacesActions.attempt(
        () -> overrides.remove(override.key(), override.language(), actor),
        texts.format("admin.texts.reset", override.key()));
    reworded = null;
  }

  public RewordingForm getForm() {
    return form;
  }
}
