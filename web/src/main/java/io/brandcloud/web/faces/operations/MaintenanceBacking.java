package io.brandcloud.web.faces.operations;

import io.brandcloud.platform.application.Maintenance;
import io.brandcloud.platform.domain.MaintenanceWindow;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;

/**
 * Maintenance mode, of one portal on its settings page or of every portal on the operators' page:
 * switch it on with words for visitors and how long it should take, and off again; the bypass links
 * are {@link BypassLinksBacking}'s.
 */
@Named
@ViewScoped
public class MaintenanceBacking implements Serializable {

  @EJB Maintenance maintenance;
  @Inject ApplicationClock clock;
  @Inject Texts texts;
  @Inject Branding branding;

  private MaintenanceWindow window;
  private String message;
  private Integer hours;

  @PostConstruct
  void load() {
    window = maintenance.window().orElse(null);
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
    if (FacesActions.attempt(() -> maintenance.end(), texts.get(textKey("ended")))) {
      load();
    }
  }

  /** Operators close every portal at once, a portal's admins only theirs: the words say which. */
  public String textKey(String text) {
    return (branding.isPlatform() ? "platform" : "admin") + ".maintenance." + text;
  }

  public MaintenanceWindow getWindow() {
    return window;
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
}
