package io.brandcloud.web.faces.operations;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.platform.application.Maintenance;
import io.brandcloud.platform.domain.MaintenanceBypass;
import io.brandcloud.platform.domain.MaintenanceWindow;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.StaffPermissions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The portal's maintenance mode on the settings page: switch it on with words for visitors and how
 * long it should take, off again, and hand out bypass links (each shown once).
 */
@Named
@ViewScoped
public class MaintenanceBacking implements Serializable {

  @EJB Maintenance maintenance;
  @Inject ApplicationClock clock;
  @Inject Branding branding;
  @Inject Texts texts;

  private MaintenanceWindow window;
  private List<MaintenanceBypass> bypasses = List.of();
  private String message;
  private Integer hours;
  private String bypassName;
  private Integer bypassHours = 24;
  private String shownLink;

  @PostConstruct
  void load() {
    if (!StaffPermissions.allowed(StaffPermission.SETTINGS_MANAGE)) {
      return;
    }
    window = maintenance.window().orElse(null);
    bypasses = maintenance.bypasses();
  }

  public void start() {
    if (FacesActions.attempt(
        () ->
            maintenance.start(
                message, hours == null ? null : clock.now().plus(Duration.ofHours(hours))),
        texts.get("admin.maintenance.started"))) {
      load();
    }
  }

  public void end() {
    if (FacesActions.attempt(() -> maintenance.end(), texts.get("admin.maintenance.ended"))) {
      load();
    }
  }

  public void createBypass() {
    Maintenance.CreatedBypass[] created = new Maintenance.CreatedBypass[1];
    if (FacesActions.attempt(
        () -> created[0] = maintenance.createBypass(bypassName, bypassHours), null)) {
      shownLink = branding.absoluteBase() + "/maintenance-bypass?token=" + created[0].token();
      bypassName = null;
      load();
    }
  }

  public void removeBypass(MaintenanceBypass bypass) {
    FacesActions.attempt(
        () -> maintenance.removeBypass(bypass.id()), texts.get("admin.maintenance.bypassRemoved"));
    load();
  }

  public MaintenanceWindow getWindow() {
    return window;
  }

  public List<MaintenanceBypass> getBypasses() {
    return bypasses;
  }

  public String getShownLink() {
    return shownLink;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }

  public String getBypassName() {
    return bypassName;
  }

  public void setBypassName(String bypassName) {
    this.bypassName = bypassName;
  }

  public Integer getBypassHours() {
    return bypassHours;
  }

  public void setBypassHours(Integer bypassHours) {
    this.bypassHours = bypassHours;
  }
}
