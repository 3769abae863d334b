package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.IncidentView;
import io.brandcloud.content.application.IncidentView.RegionView;
import io.brandcloud.content.application.StatusPage;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Staff's status page: every incident, newest first, and the form that reports a new one. */
@Named
@ViewScoped
public class IncidentsBacking implements Serializable {

  @EJB StatusPage status;
  @Inject Branding branding;

  private PagedModel<IncidentView> incidents;
  private List<RegionView> regions = List.of();
  private final IncidentForm form = new IncidentForm();

  @PostConstruct
  void load() {
    incidents = new PagedModel<>(status::incidents, i -> Long.toString(i.id()));
    regions = status.offeredRegions();
  }

  public void report() {
    IncidentView[] reported = new IncidentView[1];
    if (FacesActions.attempt(() -> reported[0] = status.report(form.report()), null)) {
      FacesActions.redirect(branding.url("/admin/incident.xhtml") + "?id=" + reported[0].id());
    }
  }

  public PagedModel<IncidentView> getIncidents() {
    return incidents;
  }

  public List<RegionView> getRegions() {
    return regions;
  }

  public IncidentForm getForm() {
    return form;
  }
}
