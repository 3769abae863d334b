package io.brandcloud.web.faces.operations;

import io.brandcloud.platform.application.Maintenance;
import io.brandcloud.platform.application.Tenants;
import io.brandcloud.platform.domain.MaintenanceBypass;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Links that let their holder use the portal while it is closed for maintenance, each shown once.
 */
@Named
@ViewScoped
public class BypassLinksBacking implements Serializable {

  @EJB Maintenance maintenance;
  @EJB Tenants tenants;
  @Inject Branding branding;
  @Inject Texts texts;

  private List<MaintenanceBypass> bypasses = List.of();
  private String name;
  private Integer hours = 24;
  private String shownLink;

  @PostConstruct
  void load() {
    bypasses = maintenance.bypasses();
  }

  public void create() {
    Maintenance.CreatedBypass[] created = new Maintenance.CreatedBypass[1];
    if (FacesActions.attempt(() -> created[0] = maintenance.createBypass(name, hours), null)) {
      shownLink = portalBase() + "/maintenance-bypass?token=" + created[0].token();
      name = null;
      load();
    }
  }

  /**
   * The portal the link opens; on the platform, any portal's link opens them all, so the first
   * active tenant's stands for them (a suspended portal shows only that it is suspended).
   */
  private String portalBase() {
    if (!branding.isPlatform()) {
      return branding.absoluteBase();
    }
    return tenants.page(null, new PageRequest(1, 100)).items().stream()
        .filter(t -> "ACTIVE".equals(t.status()))
        .findFirst()
        .map(t -> PublicUrls.portal(t.slug()))
        .orElse(PublicUrls.base());
  }

  public void remove(MaintenanceBypass bypass) {
    FacesActions.attempt(
        () -> maintenance.removeBypass(bypass.id()), texts.get("admin.maintenance.bypassRemoved"));
    load();
  }

  public List<MaintenanceBypass> getBypasses() {
    return bypasses;
  }

  public String getShownLink() {
    return shownLink;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }
}
