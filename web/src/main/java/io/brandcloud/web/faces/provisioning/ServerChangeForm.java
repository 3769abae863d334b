package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server page's change forms ask: the image of a rebuild, the plan of a resize and the
 * name of a rename. The name stays as typed while the page redraws.
 */
public class ServerChangeForm implements Serializable {

  private String image;
  private Long planId;
  private String hostname;
  private List<Long> sshKeyIds = new ArrayList<>();
  private String reverseDns;

  ServerCommand command(ServerActionType type) {
    return new ServerCommand(
        type,
        image,
        planId,
        type == ServerActionType.SET_REVERSE_DNS ? reverseDns : hostname,
        type == ServerActionType.REBUILD ? List.copyOf(sshKeyIds) : List.of(),
        null,
        null,
        null);
  }

  public String getReverseDns() {
    return reverseDns;
  }

  public void setReverseDns(String reverseDns) {
    this.reverseDns = reverseDns;
  }

  /** After an action was asked: the next rebuild or resize is chosen afresh. */
  void next() {
    image = null;
    planId = null;
    sshKeyIds = new ArrayList<>();
  }

  public List<Long> getSshKeyIds() {
    return sshKeyIds;
  }

  public void setSshKeyIds(List<Long> sshKeyIds) {
    this.sshKeyIds = sshKeyIds == null ? new ArrayList<>() : new ArrayList<>(sshKeyIds);
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
