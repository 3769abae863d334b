package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.IncidentView;
import io.brandcloud.content.application.IncidentView.RegionView;
import io.brandcloud.content.application.StatusPage;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One incident at the desk: its updates, the next update, corrections and removal. */
@Named
@ViewScoped
public class IncidentBacking implements Serializable {

  @EJB StatusPage status;
  @Inject Texts texts;
  @Inject Branding branding;

  private long id;
  private IncidentView incident;
  private List<RegionView> regions = List.of();
  private final IncidentForm form = new IncidentForm();

  public void load() {
    try {
      show(status.incident(id));
      regions = status.offeredRegions();
    } catch (BrandcloudException e) {
      incident = null;
      FacesActions.error(e);
    }
  }

  private void show(IncidentView view) {
    incident = view;
    form.show(view);
  }

  public void post() {
    if (FacesActions.attempt(
        () -> show(status.post(id, form.getStatus(), form.getBody())),
        texts.get("content.incidents.posted"))) {
      form.setBody(null);
    }
  }

  public void change() {
    FacesActions.attempt(
        () -> show(status.change(id, form.getTitle(), form.getImpact(), form.regionChoices())),
        texts.get("content.incidents.changed"));
  }

  public void remove() {
    if (FacesActions.attempt(() -> status.remove(id), texts.get("content.incidents.removed"))) {
      FacesActions.redirect(branding.url("/admin/status.xhtml"));
    }
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public IncidentView getIncident() {
    return incident;
  }

  public List<RegionView> getRegions() {
    return regions;
  }

  public IncidentForm getForm() {
    return form;
  }
}
