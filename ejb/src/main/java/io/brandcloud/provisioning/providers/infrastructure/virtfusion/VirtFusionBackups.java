package io.brandcloud.provisioning.providers.infrastructure.virtfusion;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.field;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.flag;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderBackup;
import io.brandcloud.provisioning.providers.domain.ProviderBackups;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * Backups by one of the backup plans VirtFusion's administrator defines: a server's backups are
 * switched on by giving it the plan the connection names ({@code PUT …/backups/plan/{id}}) and off
 * by plan 0; the server shows the plan it has, and {@code GET /backups/server/{id}} the backups
 * taken. VirtFusion's API restores none: its own backup manager does.
 */
final class VirtFusionBackups {

  private static final String NONE = "0";

  private VirtFusionBackups() {}

  static void enable(VendorApi api, String server, String plan) {
    if (plan == null) {
      throw new ProviderException(
          ProviderException.Kind.REFUSED, "No VirtFusion backup plan is named for this connection");
    }
    api.put(server + "/backups/plan/" + VirtFusionCloud.number(plan), null);
  }

  static void disable(VendorApi api, String server) {
    api.put(server + "/backups/plan/" + NONE, null);
  }

  /** Whether the server has a backup plan, and its finished backups; none while it has none. */
  static ProviderBackups of(VendorApi api, String server, long serverId) {
    JsonValue plan = field(object(api.get(server), "data"), "backupPlan");
    boolean enabled = plan instanceof jakarta.json.JsonObject && text(plan, "id") != null;
    if (!enabled) {
      return new ProviderBackups(false, List.of());
    }
    return new ProviderBackups(
        true,
        array(api.get("/api/v1/backups/server/" + serverId), "data").stream()
            .filter(b -> flag(b, "complete") && !flag(b, "deleting"))
            .map(VirtFusionBackups::backup)
            .flatMap(Optional::stream)
            .toList());
  }

  private static Optional<ProviderBackup> backup(JsonValue backup) {
    String id = text(backup, "id");
    return VendorJson.moment(text(backup, "created"))
        .filter(created -> id != null)
        .map(
            created ->
                new ProviderBackup(id, text(object(backup, "storage"), "name"), created, null));
  }
}
