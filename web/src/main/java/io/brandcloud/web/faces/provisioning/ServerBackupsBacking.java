package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.backups.application.BackupsView;
import io.brandcloud.provisioning.backups.application.ServerBackups;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.TimeFormat;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The server page's backups: the add-on switched on and off, the provider's backups as last listed,
 * one taken now where the provider can, and a restore confirmed by typing the server's host name.
 */
@Named
@ViewScoped
public class ServerBackupsBacking implements Serializable {

  @EJB ServerBackups backups;
  @EJB Servers servers;
  @EJB ServerControl control;
  @Inject ServerBacking page;
  @Inject CurrentUser user;
  @Inject Texts texts;
  @Inject TimeFormat times;

  private BackupsView view;
  private ShownServer readWith;
  private String backupId;
  private String typedName;

  /**
   * The server's backups, read again whenever the page shows the server or its actions changed (a
   * backup taken or restored is listed when its action ends).
   */
  public BackupsView getView() {
    ServerView server = page.getServer();
    ShownServer shown = ShownServer.of(page);
    if (server != null && (view == null || !shown.equals(readWith))) {
      try {
        view = backups.of(user.organisationId(), page.getId());
        readWith = shown;
      } catch (BrandcloudException e) {
        FacesActions.error(e);
      }
    }
    return view;
  }

  /** Whether the server's plan sells the add-on and its provider has backups. */
  public boolean isSold() {
    return page.getServer() != null
        && !page.getServer().bySubscription()
        && servers.backupsOffered(page.planOf());
  }

  public void switchOn() {
    switchTo(true, "portal.server.backupsAskedOn");
  }

  public void switchOff() {
    switchTo(false, "portal.server.backupsAskedOff");
  }

  private void switchTo(boolean on, String done) {
    FacesActions.attempt(
        () -> servers.setBackup(user.organisationId(), page.getId(), on), texts.get(done));
    reload();
  }

  /** Asks the provider for a backup now, beside the scheduled ones. */
  public void takeNow() {
    page.ask(ServerCommand.of(ServerActionType.TAKE_BACKUP));
    view = null;
  }

  /** Restores the chosen backup once the host name typed matches the server's. */
  public void restore() {
    if (!page.confirmedByName(typedName, "portal.server.restoreMismatch")) {
      return;
    }
    if (FacesActions.attempt(
        () -> control.act(user.organisationId(), page.getId(), ServerCommand.restore(backupId)),
        texts.format("portal.server.asked", texts.get("status.RESTORE_BACKUP")))) {
      typedName = null;
    }
    reload();
  }

  /** A backup as people name it: when it was taken, for the action log. */
  public String nameOf(String id) {
    BackupsView shown = getView();
    if (shown == null) {
      return id;
    }
    return shown.backups().stream()
        .filter(b -> b.id().equals(id))
        .findFirst()
        .map(b -> times.show(b.takenAt()))
        .orElse(texts.get("portal.server.backupGone"));
  }

  private void reload() {
    view = null;
    page.load();
  }

  public String getBackupId() {
    return backupId;
  }

  public void setBackupId(String backupId) {
    this.backupId = backupId;
  }

  public String getTypedName() {
    return typedName;
  }

  public void setTypedName(String typedName) {
    this.typedName = typedName;
  }
}
