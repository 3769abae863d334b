package io.brandcloud.web.faces.portal;

import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.application.ServerView;
import io.brandcloud.provisioning.application.Servers;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The dashboard of the customer's active organisation: balance, servers with live build progress,
 * and ordering a server.
 */
@Named
@ViewScoped
public class ServersBacking implements Serializable {

  @EJB Servers servers;
  @Inject CurrentUser user;
  @Inject PortalDashboard dashboard;
  @Inject Texts texts;

  private Long planId;
  private String hostname;
  private String region;
  private String image;

  public List<ServerView> getServers() {
    return dashboard.of(planId).servers();
  }

  public boolean isBuilding() {
    return getServers().stream().anyMatch(ServerView::inProgress);
  }

  public Money getBalance() {
    return dashboard.of(planId).balance();
  }

  public List<PlanView> getPlans() {
    return dashboard.of(planId).plans();
  }

  public List<String> getRegions() {
    return dashboard.of(planId).regions();
  }

  public List<String> getImages() {
    return dashboard.of(planId).images();
  }

  public void create() {
    if (planId == null) {
      FacesActions.error(texts.format("portal.servers.choosePlan"));
      return;
    }
    if (!user.may("servers:create")) {
      FacesActions.error(
          texts.format("portal.servers.notAllowed", user.getOrganisation().organisationName()));
      return;
    }
    if (FacesActions.attempt(
        () -> servers.create(user.organisationId(), planId, hostname, region, image),
        texts.format("portal.servers.building", hostname))) {
      hostname = null;
    }
    dashboard.forget();
  }

  public Long getPlanId() {
    return planId;
  }

  public void setPlanId(Long planId) {
    this.planId = planId;
  }

  public String getHostname() {
    return hostname;
  }

  public void setHostname(String hostname) {
    this.hostname = hostname;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
  }
}
