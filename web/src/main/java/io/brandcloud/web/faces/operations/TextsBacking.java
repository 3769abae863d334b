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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tenant's own wording of portal texts: what is reworded, rewording one, and undoing it. */
@Named
@ViewScoped
public class TextsBacking implements Serializable {

  @EJB TextOverrides overrides;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private static final int FOUND_SHOWN = 40;

  /** The texts that name each of {@link PortalTextKeys#AREAS}, e.g. "Customer portal". */
  public static final String AREA_NAMES = "admin.texts.area.";

  private final RewordingForm form = new RewordingForm();
  private transient List<TextOverride> reworded;
  private String words;
  private List<PortalTextKeys.Found> found;

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
        texts.format("admin.texts.saved", brandcloudWording(chosen, form.getLanguage())))) {
      form.next();
      reworded = null;
    }
  }

  public void reset(TextOverride override) {
    String actor = currentLogin.login().orElseThrow().name();
    FacesActions.attempt(
        () -> overrides.remove(override.key(), override.language(), actor),
        texts.format("admin.texts.reset", brandcloudWording(override)));
    reworded = null;
  }

  /** The part of the portal a text is in, e.g. "Customer portal", for people rather than keys. */
  public String areaOf(String key) {
    String area = key.substring(0, Math.max(0, key.indexOf('.')));
    return PortalTextKeys.AREAS.contains(area) ? texts.get(AREA_NAMES + area) : key;
  }

  /** What the text says where the tenant has not reworded it. */
  public String brandcloudWording(TextOverride override) {
    return brandcloudWording(override.key(), override.language());
  }

  private static String brandcloudWording(String key, String language) {
    return PortalTexts.text(key, Locale.forLanguageTag(language));
  }

  /** The texts whose wording, in the form's language, holds the words typed. */
  public void search() {
    Locale language = Locale.forLanguageTag(form.getLanguage());
    Map<String, String> own = new HashMap<>();
    getReworded().stream()
        .filter(override -> override.language().equals(form.getLanguage()))
        .forEach(override -> own.put(override.key(), override.text()));
    found =
        PortalTextKeys.find(
            words,
            language,
            FOUND_SHOWN,
            key -> own.getOrDefault(key, PortalTexts.text(key, language)));
  }

  /** Starts rewording a text found, from its wording now. */
  public void choose(PortalTextKeys.Found text) {
    form.setKey(text.key());
    form.setText(text.wording());
  }

  public String getWords() {
    return words;
  }

  public void setWords(String words) {
    this.words = words;
  }

  /** Null before a search. */
  public List<PortalTextKeys.Found> getFound() {
    return found;
  }

  public RewordingForm getForm() {
    return form;
  }
}
