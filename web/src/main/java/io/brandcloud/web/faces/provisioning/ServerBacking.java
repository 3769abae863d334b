package io.brandcloud.web.faces.provisioning;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerActionView;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.addresses.application.ServerAddresses;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.keys.application.SshKeyView;
import io.brandcloud.provisioning.keys.application.SshKeys;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.provisioning.servers.application.ServerControls;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.snapshots.application.ServerSnapshots;
import io.brandcloud.provisioning.volumes.application.ServerVolumes;
import io.brandcloud.provisioning.volumes.application.VolumeRequests;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.primefaces.PrimeFaces;

/**
 * One server's page: what it is and costs, what its provider lets one do with it (destructive
 * actions confirmed, a new root password shown once), and what was done with it.
 */
@Named
@ViewScoped
public class ServerBacking implements Serializable {

  static final int ACTIONS_SHOWN = 10;

  @EJB ServerSnapshots snapshots;
  @EJB ServerVolumes volumes;
  @EJB ServerAddresses addresses;
  @EJB Servers servers;
  @EJB ServerControl control;
  @EJB ServerActions actions;
  @EJB PlanCatalog catalog;
  @EJB ProviderConnections connections;
  @EJB SshKeys keys;
  @Inject CurrentUser user;
  @Inject Branding branding;
  @Inject Texts texts;

  private long id;
  private ServerView server;
  private ServerControls controls;
  private List<ServerActionView> recent;
  private final ServerChangeForm form = new ServerChangeForm();
  private String shownPassword;
  private List<SshKeyView> rebuildKeys = List.of();
  private String typedName;

  /** Reads the server named by the page's {@code id}; another's server is "not found". */
  public void load() {
    try {
      server = servers.ofOrganisation(user.organisationId(), id);
      controls = control.controls(user.organisationId(), id);
      recent = actions.of(id, new PageRequest(1, ACTIONS_SHOWN)).items();
      form.setHostname(server.hostname());
      form.setReverseDns(server.reverseDns());
      rebuildKeys =
          controls.sshKeysOnRebuild() && offers("rebuild")
              ? keys.of(user.organisationId())
              : List.of();
    } catch (BrandcloudException e) {
      server = null;
      FacesActions.error(e);
    }
  }

  /**
   * Reads the server again and redraws its state, log and controls if any of them changed; a server
   * that is gone sends the page to the dashboard.
   */
  public void refresh() {
    ServerView shown = server;
    ServerControls shownControls = controls;
    List<ServerActionView> shownActions = recent;
    String typedHostname = form.getHostname();
    String typedReverseDns = form.getReverseDns();
    load();
    if (server == null) {
      FacesActions.redirect(branding.url("/portal/index.xhtml"));
      return;
    }
    form.setHostname(typedHostname);
    form.setReverseDns(typedReverseDns);
    if (!Objects.equals(shown, server)
        || !Objects.equals(shownControls, controls)
        || !Objects.equals(shownActions, recent)) {
      PrimeFaces.current()
          .ajax()
          .update(
              "state",
              "control-head",
              "log",
              "power",
              "backups",
              "snapshots",
              "firewall-applied",
              "volume-list",
              "addresses");
    }
    // these hold what the customer may be typing or choosing: drawn again only when what they
    // offer changed, not at every step of an action
    if (shown != null && shown.planId() != server.planId()
        || !Objects.equals(shownControls, controls)) {
      PrimeFaces.current().ajax().update("resize-area");
    }
    if (shown != null && !shown.hostname().equals(server.hostname())) {
      PrimeFaces.current().ajax().update("page-title", "delete-area");
    }
  }

  public void act(String type) {
    if (ask(form.command(ServerActionType.parse(type)))) {
      form.next();
    }
  }

  /**
   * Asks for an action from one of the page's tabs, says it was asked (or why not) and shows the
   * server again; answers whether it was asked.
   */
  boolean ask(ServerCommand command) {
    boolean asked =
        FacesActions.attempt(
            () -> control.act(user.organisationId(), id, command),
            texts.format("portal.server.asked", texts.get("status." + command.type().name())));
    load();
    return asked;
  }

  /** Deletes the server once the host name typed matches its own. */
  public void delete() {
    if (!confirmedByName(typedName, "portal.server.deleteMismatch")) {
      return;
    }
    if (FacesActions.attempt(
        () -> control.delete(user.organisationId(), id),
        texts.format("portal.server.deleted", server.hostname()))) {
      FacesActions.redirect(branding.url("/portal/index.xhtml"));
    }
  }

  /** Shows the password an action set; it is gone from the server after this. */
  public void revealPassword(long actionId) {
    FacesActions.attempt(
        () -> shownPassword = control.revealPassword(user.organisationId(), id, actionId), null);
    load();
  }

  public boolean offers(String type) {
    return controls != null && controls.offers(type) && user.may("servers:manage");
  }

  public boolean isDeletable() {
    return server != null && user.may("servers:delete");
  }

  /** The plans the server may move to: on sale, on its provider connection, not its own. */
  public List<PlanView> getOtherPlans() {
    return catalog.active().stream()
        .filter(p -> p.connectionId() == planOf().connectionId() && p.id() != server.planId())
        .toList();
  }

  /** The organisation's keys a rebuild may put on the server, where its provider takes them. */
  public List<SshKeyView> getRebuildKeys() {
    return rebuildKeys;
  }

  public List<CatalogEntry> getImages() {
    return connections.offeredEntries(planOf().connectionId(), Kind.IMAGE);
  }

  public PlanView planOf() {
    return catalog.find(server.planId()).orElseThrow();
  }

  /** The name of an action type as the page shows it, e.g. "Power off". */
  public String actionName(String type) {
    return texts.get("status." + type.toUpperCase(Locale.ROOT));
  }

  /** What an action was asked with, as people name it: the image's and the plan's names. */
  public String parameterOf(ServerActionView action) {
    String parameter = action.parameter();
    if ("REBUILD".equalsIgnoreCase(action.action())) {
      return connections
          .names(planOf().connectionId(), Kind.IMAGE)
          .getOrDefault(parameter, parameter);
    }
    if ("CREATE".equalsIgnoreCase(action.action())) {
      // built from a snapshot
      return snapshots.nameOf(user.organisationId(), parameter).orElse(parameter);
    }
    if ("SET_FIREWALL".equalsIgnoreCase(action.action())) {
      int rules = FirewallRules.parse(parameter).rules().size();
      return rules == 0
          ? texts.get("portal.server.firewallRemoved")
          : texts.format("portal.server.firewallRuleCount", rules);
    }
    if (ServerActionType.valueOf(action.action()).onVolume()) {
      String name =
          volumes
              .nameOf(user.organisationId(), VolumeRequests.volumeIdOf(parameter))
              .orElse(parameter);
      return "RESIZE_VOLUME".equals(action.action())
          ? texts.format("portal.server.volumeGrown", name, VolumeRequests.sizeOf(parameter))
          : name;
    }
    if (ServerActionType.valueOf(action.action()).onAddress()) {
      return addresses
          .addressOf(user.organisationId(), Long.parseLong(parameter))
          .orElseGet(() -> texts.get("portal.server.extraAddressNew"));
    }
    if ("RESIZE".equalsIgnoreCase(action.action())
        && parameter.chars().allMatch(Character::isDigit)) {
      return catalog.find(Long.parseLong(parameter)).map(PlanView::name).orElse(parameter);
    }
    return parameter;
  }

  /**
   * Whether {@code typed} is the server's host name, as what cannot be taken back is confirmed;
   * where not, the page says so with the text {@code mismatch} (given the host name).
   */
  public boolean confirmedByName(String typed, String mismatch) {
    if (server == null) {
      return false;
    }
    String hostname = server.hostname();
    if (!Objects.equals(typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT), hostname)) {
      FacesActions.error(texts.format(mismatch, hostname));
      return false;
    }
    return true;
  }

  public boolean needsStopped(String type) {
    return controls != null && controls.needStopped().contains(type);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ServerView getServer() {
    return server;
  }

  public ServerControls getControls() {
    return controls;
  }

  public List<ServerActionView> getRecent() {
    return recent;
  }

  public ServerChangeForm getForm() {
    return form;
  }

  public String getTypedName() {
    return typedName;
  }

  public void setTypedName(String typedName) {
    this.typedName = typedName;
  }

  public String getShownPassword() {
    return shownPassword;
  }
}
