package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import java.io.Serializable;

/**
 * What the server page's change forms ask: the image of a rebuild, the plan of a resize and the
 * name of a rename. The name stays as typed while the page redraws.
 */
public class ServerChangeForm implements Serializable {

  private String image;
  private Long planId;
  private String hostname;

  ServerCommand command(ServerActionType type) {
    return new ServerCommand(type, image, planId, hostname);
  }

  /** After an action was asked: the next rebuild or resize is chosen afresh. */
  void next() {
    image = null;
    planId = null;
  }

  public String getImage() {
    return image;
  }

  public void setImage(String image) {
    this.image = image;
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
}
