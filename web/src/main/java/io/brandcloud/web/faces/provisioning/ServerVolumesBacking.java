package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.actions.domain.VolumeChange;
import io.brandcloud.provisioning.volumes.application.ServerVolumes;
import io.brandcloud.provisioning.volumes.application.VolumesView;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The server page's volumes: add one (name and size), those that belong to the server with detach,
 * grow and a confirmed delete, and the organisation's detached volumes in its region to attach.
 */
@Named
@ViewScoped
public class ServerVolumesBacking implements Serializable {

  @EJB ServerVolumes volumes;
  @Inject ServerBacking page;
  @Inject CurrentUser user;

  private VolumesView view;
  private ShownServer readWith;
  private String name;
  private Integer sizeGb;
  private Long growId;
  private Integer growTo;

  /** The server's volumes, read again whenever the page shows the server or its actions changed. */
  public VolumesView getView() {
    ShownServer shown = ShownServer.of(page);
    if (shown.server() != null && (view == null || !shown.equals(readWith))) {
      try {
        view = volumes.of(user.organisationId(), page.getId());
        readWith = shown;
      } catch (BrandcloudException e) {
        FacesActions.error(e);
      }
    }
    return view;
  }

  public void create() {
    if (ask(
        ServerCommand.onVolume(
            ServerActionType.CREATE_VOLUME, VolumeChange.create(name, sizeGb)))) {
      name = null;
      sizeGb = null;
    }
  }

  public void attach(long volumeId) {
    ask(ServerCommand.onVolume(ServerActionType.ATTACH_VOLUME, VolumeChange.of(volumeId)));
  }

  public void detach(long volumeId) {
    ask(ServerCommand.onVolume(ServerActionType.DETACH_VOLUME, VolumeChange.of(volumeId)));
  }

  /** Deletes a volume, confirmed in the page's dialog. */
  public void delete(long volumeId) {
    ask(ServerCommand.onVolume(ServerActionType.DELETE_VOLUME, VolumeChange.of(volumeId)));
  }

  public void grow() {
    if (ask(
        ServerCommand.onVolume(
            ServerActionType.RESIZE_VOLUME, VolumeChange.resize(growId, growTo)))) {
      growTo = null;
    }
  }

  private boolean ask(ServerCommand command) {
    view = null;
    return page.ask(command);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getSizeGb() {
    return sizeGb;
  }

  public void setSizeGb(Integer sizeGb) {
    this.sizeGb = sizeGb;
  }

  public Long getGrowId() {
    return growId;
  }

  public void setGrowId(Long growId) {
    this.growId = growId;
  }

  public Integer getGrowTo() {
    return growTo;
  }

  public void setGrowTo(Integer growTo) {
    this.growTo = growTo;
  }
}
