package io.brandcloud.web.faces.catalog;

import io.brandcloud.provisioning.apps.application.OneClickApps;
import io.brandcloud.provisioning.apps.domain.App;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The tenant's one-click apps on the plans page: listed, added or changed (the fields one a line,
 * {@code key: Label}, named in the template as {@code {{key}}}) and deleted once confirmed.
 */
@Named
@ViewScoped
public class AppsBacking implements Serializable {

  @EJB OneClickApps apps;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private List<App> shown;
  private Long editing;
  private String name;
  private String description;
  private String logoUrl;
  private String fields;
  private String template;

  public List<App> getApps() {
    if (shown == null) {
      shown = apps.forStaff();
    }
    return shown;
  }

  public void edit(App app) {
    editing = app.id();
    name = app.name();
    description = app.description();
    logoUrl = app.logoUrl();
    fields = app.fieldLines();
    template = app.template();
  }

  public void cancel() {
    editing = null;
    name = null;
    description = null;
    logoUrl = null;
    fields = null;
    template = null;
  }

  public void save() {
    boolean saved =
        FacesActions.attempt(
            () -> {
              App app = new App(0, name, description, logoUrl, App.fieldsOf(fields), template);
              if (editing == null) {
                apps.add(app, actor());
              } else {
                apps.change(editing, app, actor());
              }
            },
            texts.format("admin.apps.saved", name == null ? "" : name.strip()));
    if (saved) {
      cancel();
      shown = null;
    }
  }

  public void delete(App app) {
    FacesActions.attempt(
        () -> apps.delete(app.id(), actor()), texts.format("admin.apps.deleted", app.name()));
    if (editing != null && editing == app.id()) {
      cancel();
    }
    shown = null;
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getLogoUrl() {
    return logoUrl;
  }

  public void setLogoUrl(String logoUrl) {
    this.logoUrl = logoUrl;
  }

  public String getFields() {
    return fields;
  }

  public void setFields(String fields) {
    this.fields = fields;
  }

  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }
}
