package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/** Staff acting on any server of the tenant from its list: reboot, suspend, resume, delete. */
@Named
@RequestScoped
public class StaffServerActions {

  @EJB ServerControl control;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  public void act(long serverId, String hostname, String type) {
    ServerActionType chosen = ServerActionType.parse(type);
    FacesActions.attempt(
        () ->
            control.actAsStaff(
                serverId, ServerCommand.of(chosen), currentLogin.login().orElseThrow().name()),
        texts.format("admin.servers.asked", texts.get("status." + chosen.name()), hostname));
  }

  /** Whether staff may ask this of a server in this status. */
  public boolean fits(String status, String type) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "reboot" -> status.equals("RUNNING");
      case "suspend" -> status.equals("RUNNING") || status.equals("STOPPED");
      case "unsuspend" -> status.equals("SUSPENDED");
      case "delete" -> !status.equals("TERMINATED");
      default -> false;
    };
  }
}
