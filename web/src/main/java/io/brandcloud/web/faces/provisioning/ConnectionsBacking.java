package io.brandcloud.web.faces.provisioning;

import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.application.ProviderConnections.ConnectionView;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant's provider connections: adding one (the token is sealed and never shown again),
 * testing it, syncing what its provider offers, changing or retiring it.
 */
@Named
@ViewScoped
public class ConnectionsBacking implements Serializable {

  static final List<String> TYPES = List.of("SIMULATOR", "VIRTFUSION", "LINODE", "DIGITALOCEAN");

  @EJB ProviderConnections connections;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private String name;
  private String type = "SIMULATOR";
  private String apiUrl;
  private String token;
  private transient List<ConnectionView> all;
  private HashMap<Long, String> backupPlans;

  public List<ConnectionView> getAll() {
    if (all == null) {
      all = connections.all();
    }
    return all;
  }

  public List<String> getTypes() {
    return TYPES;
  }

  public void add() {
    if (FacesActions.attempt(
        () -> connections.add(name, type, apiUrl, token),
        texts.format("admin.connections.added", name))) {
      name = null;
      apiUrl = null;
      token = null;
      all = null;
    }
  }

  public void check(ConnectionView connection) {
    ConnectionView[] checked = new ConnectionView[1];
    if (FacesActions.attempt(
        () -> checked[0] = connections.check(connection.id(), actor()), null)) {
      if (checked[0].checkError() == null) {
        FacesActions.info(texts.format("admin.connections.works", checked[0].name()));
      } else {
        FacesActions.error(
            texts.format("admin.connections.broken", checked[0].name(), checked[0].checkError()));
      }
      all = null;
    }
  }

  public void sync(ConnectionView connection) {
    FacesActions.attempt(
        () -> connections.sync(connection.id(), actor()),
        texts.format("admin.connections.synced", connection.name()));
    all = null;
  }

  public void offer(ConnectionView connection, boolean offered) {
    FacesActions.attempt(
        () -> connections.change(connection.id(), null, null, null, offered, actor()),
        texts.format(
            offered ? "admin.connections.offered" : "admin.connections.retired",
            connection.name()));
    all = null;
  }

  /** The backup plans typed on the connections whose provider needs one, by connection. */
  public Map<Long, String> getBackupPlans() {
    if (backupPlans == null) {
      backupPlans = new HashMap<>();
      getAll().forEach(c -> backupPlans.put(c.id(), c.backupPlan()));
    }
    return backupPlans;
  }

  public void saveBackupPlan(ConnectionView connection) {
    String plan = getBackupPlans().get(connection.id());
    FacesActions.attempt(
        () -> connections.useBackupPlan(connection.id(), plan, actor()),
        texts.format(
            plan == null || plan.isBlank()
                ? "admin.connections.backupPlanNone"
                : "admin.connections.backupPlanSaved",
            connection.name()));
    all = null;
    backupPlans = null;
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getApiUrl() {
    return apiUrl;
  }

  public void setApiUrl(String apiUrl) {
    this.apiUrl = apiUrl;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
