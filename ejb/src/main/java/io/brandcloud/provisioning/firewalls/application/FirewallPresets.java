package io.brandcloud.provisioning.firewalls.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.provisioning.firewalls.domain.FirewallPreset;
import io.brandcloud.provisioning.firewalls.domain.FirewallPresetRepository;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The tenant's firewall presets: staff who manage the catalog keep them, members who see an
 * organisation's servers read them. A server keeps its own copy of the rules it was given, so
 * changing or deleting a preset changes no server.
 */
@Stateless
public class FirewallPresets {

  static final int MAX_NAME = 60;
  static final int MAX_PRESETS = 50;

  @Inject FirewallPresetRepository presets;
  @Inject AuditLog audit;
  @Inject MemberAccess members;

  public List<FirewallPreset> forOrganisation(long organisationId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return presets.all();
  }

  public List<FirewallPreset> forStaff() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return presets.all();
  }

  private FirewallPreset find(long id) {
    return presets
        .find(id)
        .orElseThrow(() -> BrandcloudException.notFound("Firewall preset " + id));
  }

  public FirewallPreset add(String name, FirewallRules rules, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    String label = requireName(name);
    requireRules(rules);
    requireNameFree(label, null);
    if (presets.count() >= MAX_PRESETS) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "A tenant keeps at most " + MAX_PRESETS + " firewall presets: delete one first");
    }
    long id = presets.add(label, rules);
    audit.record(actor, "firewall_preset.added", "firewall preset " + id, label);
    return presets.find(id).orElseThrow();
  }

  public FirewallPreset change(long id, String name, FirewallRules rules, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    String label = requireName(name);
    requireRules(rules);
    FirewallPreset preset = find(id);
    requireNameFree(label, id);
    if (!presets.change(id, label, rules)) {
      throw BrandcloudException.notFound("Firewall preset " + id);
    }
    audit.record(
        actor,
        "firewall_preset.changed",
        "firewall preset " + id,
        preset.name().equals(label) ? label : preset.name() + " → " + label);
    return presets.find(id).orElseThrow();
  }

  public void delete(long id, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    FirewallPreset preset = find(id);
    presets.delete(id);
    audit.record(actor, "firewall_preset.deleted", "firewall preset " + id, preset.name());
  }

  private void requireNameFree(String name, Long self) {
    presets
        .named(name)
        .filter(other -> self == null || other.id() != self)
        .ifPresent(
            other -> {
              throw new BrandcloudException(
                  ErrorCode.CONFLICT,
                  "A preset named \u201c" + other.name() + "\u201d exists already");
            });
  }

  private static void requireRules(FirewallRules rules) {
    if (rules == null || rules.isEmpty()) {
      throw BrandcloudException.invalid(
          "rules", "A preset needs at least one rule, e.g. tcp 22 from 0.0.0.0/0 and ::/0");
    }
  }

  private static String requireName(String name) {
    return Validation.requireText("name", name, MAX_NAME).strip();
  }
}
