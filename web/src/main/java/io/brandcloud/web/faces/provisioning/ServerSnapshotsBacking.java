package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.snapshots.application.ServerSnapshots;
import io.brandcloud.provisioning.snapshots.application.SnapshotsView;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The server page's snapshots: take one, the snapshots kept with their size and monthly price, a
 * restore confirmed by typing the server's host name, and a delete confirmed in a dialog.
 */
@Named
@ViewScoped
public class ServerSnapshotsBacking implements Serializable {

  @EJB ServerSnapshots snapshots;
  @Inject ServerBacking page;
  @Inject CurrentUser user;
  @Inject Texts texts;

  private SnapshotsView view;
  private ShownServer readWith;
  private String snapshotId;
  private String typedName;

  /**
   * The server's snapshots, read again whenever the page shows the server or its actions changed (a
   * snapshot taken or deleted is listed when its action ends).
   */
  public SnapshotsView getView() {
    ServerView server = page.getServer();
    ShownServer shown = ShownServer.of(page);
    if (server != null && (view == null || !shown.equals(readWith))) {
      try {
        view = snapshots.of(user.organisationId(), page.getId());
        readWith = shown;
      } catch (BrandcloudException e) {
        FacesActions.error(e);
      }
    }
    return view;
  }

  public void take() {
    ask(ServerCommand.of(ServerActionType.TAKE_SNAPSHOT));
  }

  /** Deletes one snapshot, confirmed in the page's dialog. */
  public void delete(String id) {
    ask(ServerCommand.onSnapshot(ServerActionType.DELETE_SNAPSHOT, id));
  }

  /** Restores the chosen snapshot once the host name typed matches the server's. */
  public void restore() {
    if (!page.confirmedByName(typedName, "portal.server.snapshotRestoreMismatch")) {
      return;
    }
    if (ask(ServerCommand.onSnapshot(ServerActionType.RESTORE_SNAPSHOT, snapshotId))) {
      typedName = null;
    }
  }

  private boolean ask(ServerCommand command) {
    view = null;
    return page.ask(command);
  }

  /** A snapshot as people name it, for the action log. */
  public String nameOf(String id) {
    SnapshotsView shown = getView();
    if (shown == null) {
      return id;
    }
    return shown.names().getOrDefault(id, texts.get("portal.server.snapshotNotListed"));
  }

  public String getSnapshotId() {
    return snapshotId;
  }

  public void setSnapshotId(String snapshotId) {
    this.snapshotId = snapshotId;
  }

  public String getTypedName() {
    return typedName;
  }

  public void setTypedName(String typedName) {
    this.typedName = typedName;
  }
}
