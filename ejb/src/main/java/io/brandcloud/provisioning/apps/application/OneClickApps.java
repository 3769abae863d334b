package io.brandcloud.provisioning.apps.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.provisioning.apps.domain.App;
import io.brandcloud.provisioning.apps.domain.AppRepository;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The tenant's one-click apps: staff who manage the catalog keep them, members who see an
 * organisation's servers read them to order one. An app's template becomes a new server's user
 * data, so apps are offered only where the plan's provider takes user data.
 */
@Stateless
public class OneClickApps {

  static final int MAX_APPS = 50;

  @Inject AppRepository apps;
  @Inject MemberAccess members;
  @Inject AuditLog audit;

  public List<App> forOrganisation(long organisationId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return apps.all();
  }

  public List<App> forStaff() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return apps.all();
  }

  public App add(App app, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    requireNameFree(app.name(), null);
    if (apps.count() >= MAX_APPS) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "A tenant keeps at most " + MAX_APPS + " apps: delete one first");
    }
    long id = apps.add(app);
    audit.record(actor, "app.added", "app " + id, app.name());
    return apps.find(id).orElseThrow();
  }

  public App change(long id, App app, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    App before = require(id);
    requireNameFree(app.name(), id);
    if (!apps.change(id, app)) {
      throw BrandcloudException.notFound("App " + id);
    }
    audit.record(
        actor,
        "app.changed",
        "app " + id,
        before.name().equals(app.name()) ? app.name() : before.name() + " → " + app.name());
    return apps.find(id).orElseThrow();
  }

  public void delete(long id, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    App app = require(id);
    apps.delete(id);
    audit.record(actor, "app.deleted", "app " + id, app.name());
  }

  private App require(long id) {
    return apps.find(id).orElseThrow(() -> BrandcloudException.notFound("App " + id));
  }

  private void requireNameFree(String name, Long self) {
    apps.named(name)
        .filter(other -> self == null || other.id() != self)
        .ifPresent(
            other -> {
              throw new BrandcloudException(
                  ErrorCode.CONFLICT,
                  "An app named \u201c" + other.name() + "\u201d exists already");
            });
  }
}
