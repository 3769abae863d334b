package io.brandcloud.provisioning.providers.infrastructure.linode;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.decimal;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.field;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.flag;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.integer;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.providers.domain.AddedAddress;
import io.brandcloud.provisioning.providers.domain.CreatedServer;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderBackup;
import io.brandcloud.provisioning.providers.domain.ProviderBackups;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderImage;
import io.brandcloud.provisioning.providers.domain.ProviderPlan;
import io.brandcloud.provisioning.providers.domain.ProviderRegion;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.SuspendsByStopping;
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import io.brandcloud.provisioning.providers.domain.UpstreamServer;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import io.brandcloud.provisioning.servers.domain.ServerReferences;
import io.brandcloud.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Linode (Akamai) API v4. Servers are found again by a tag carrying our reference ({@code GET
 * /v4/tags/{label}}, so a retried create finds the first build), and every server of a tenant by
 * the tenant's tag. Linode has no hard power-off, no console API (ours is SSH) and no suspension:
 * suspending shuts the server down (Linode bills a stopped Linode like a running one) and only
 * unsuspending boots it again. Its root password can be changed only while the Linode is off.
 * Actions answer at once and the work goes on at Linode: the handle is the status the Linode will
 * reach ({@link LinodeProgress}).
 */
@ApplicationScoped
public class LinodeCloud implements SuspendsByStopping {

  private static final String BACKUP_HANDLE = "linode:backup:";

  private static final Currency USD = Currency.getInstance("USD");

  @Override
  public ProviderType type() {
    return ProviderType.LINODE;
  }

  @Override
  public Set<ServerActionType> actions() {
    return EnumSet.of(
        ServerActionType.START,
        ServerActionType.SHUTDOWN,
        ServerActionType.REBOOT,
        ServerActionType.REBUILD,
        ServerActionType.RESET_PASSWORD,
        ServerActionType.RENAME,
        ServerActionType.SET_REVERSE_DNS,
        ServerActionType.RESIZE,
        ServerActionType.SUSPEND,
        ServerActionType.UNSUSPEND,
        ServerActionType.ENABLE_BACKUPS,
        ServerActionType.DISABLE_BACKUPS,
        ServerActionType.RESTORE_BACKUP,
        ServerActionType.TAKE_BACKUP,
        ServerActionType.SET_FIREWALL,
        ServerActionType.CREATE_VOLUME,
        ServerActionType.ATTACH_VOLUME,
        ServerActionType.DETACH_VOLUME,
        ServerActionType.RESIZE_VOLUME,
        ServerActionType.DELETE_VOLUME,
        ServerActionType.ADD_IPV4,
        ServerActionType.REMOVE_IPV4);
  }

  @Override
  public Set<ServerActionType> needStopped() {
    return EnumSet.of(ServerActionType.RESET_PASSWORD);
  }

  @Override
  public boolean measuresUsage() {
    return true;
  }

  @Override
  public void check(ProviderAccount account) {
    api(account).get("/v4/profile");
  }

  @Override
  public List<ProviderPlan> plans(ProviderAccount account) {
    return LinodePages.unpaged(api(account), "/v4/linode/types").stream()
        .map(
            t ->
                new ProviderPlan(
                    text(t, "id"),
                    text(t, "label"),
                    integer(t, "vcpus"),
                    integer(t, "memory"),
                    integer(t, "disk") / 1024,
                    new Money(decimal(object(t, "price"), "monthly"), USD),
                    VendorJson.integerOrNull(t, "transfer")))
        .toList();
  }

  @Override
  public List<ProviderRegion> regions(ProviderAccount account) {
    return LinodePages.unpaged(api(account), "/v4/regions").stream()
        .filter(
            r ->
                array(r, "capabilities").stream()
                    .anyMatch(c -> c instanceof JsonString s && s.getString().equals("Linodes")))
        .filter(r -> !"outage".equals(text(r, "status")))
        .map(r -> new ProviderRegion(text(r, "id"), place(text(r, "label")), text(r, "country")))
        .toList();
  }

  /**
   * A region's label without the country Linode ends it with ("Newark, NJ, USA"), as the country is
   * named apart, in the reader's language.
   */
  static String place(String label) {
    if (label == null) {
      return null;
    }
    int comma = label.lastIndexOf(", ");
    return comma > 0 && label.substring(comma + 2).matches("[A-Z]{2,3}")
        ? label.substring(0, comma)
        : label;
  }

  @Override
  public List<ProviderImage> images(ProviderAccount account) {
    return LinodePages.all(api(account), "/v4/images").stream()
        .filter(i -> flag(i, "is_public") && !flag(i, "deprecated"))
        .filter(i -> "available".equals(text(i, "status")))
        .map(i -> new ProviderImage(text(i, "id"), text(i, "label")))
        .toList();
  }

  @Override
  public CreatedServer create(
      ProviderAccount account,
      ServerSpec spec,
      String reference,
      String rootPassword,
      List<String> sshKeys) {
    VendorApi api = api(account);
    Optional<JsonValue> earlier = tagged(api, reference).stream().findFirst();
    if (earlier.isPresent()) {
      return new CreatedServer(text(earlier.get(), "id"), rootPassword);
    }
    JsonValue created =
        api.post(
            "/v4/linode/instances",
            VendorJson.object()
                .add("type", spec.planCode())
                .add("region", spec.region())
                .add("image", spec.image())
                .add("root_pass", rootPassword)
                .add("label", LinodeLabels.of(spec.hostname(), reference))
                .add("tags", VendorJson.array(List.of(account.tenantTag(), reference)))
                .add("booted", true)
                .addAll(authorizedKeys(sshKeys))
                .addAll(metadata(spec.userData()))
                .build());
    return new CreatedServer(text(created, "id"), rootPassword);
  }

  @Override
  public ProviderServerState state(ProviderAccount account, String externalId) {
    try {
      return LinodeStates.of(api(account).get(instance(externalId)));
    } catch (ProviderException e) {
      if (e.kind() == ProviderException.Kind.NOT_FOUND) {
        return ProviderServerState.gone();
      }
      throw e;
    }
  }

  @Override
  public List<UpstreamServer> servers(ProviderAccount account) {
    return tagged(api(account), account.tenantTag()).stream()
        .map(
            l ->
                new UpstreamServer(
                    text(l, "id"),
                    ServerReferences.among(
                        VendorJson.strings(array(l, "tags")), account.tenantTag()),
                    text(l, "label"),
                    LinodeStates.of(l),
                    text(l, "region"),
                    text(l, "image")))
        .toList();
  }

  @Override
  public ProviderTask start(ProviderAccount account, String externalId) {
    api(account).post(instance(externalId) + "/boot", null);
    return ProviderTask.underWay(LinodeProgress.RUNNING);
  }

  @Override
  public ProviderTask shutDown(ProviderAccount account, String externalId) {
    api(account).post(instance(externalId) + "/shutdown", null);
    return ProviderTask.underWay(LinodeProgress.OFFLINE);
  }

  @Override
  public ProviderTask powerOff(ProviderAccount account, String externalId) {
    throw new ProviderException(
        ProviderException.Kind.REFUSED, "Linode has no hard power-off; shut the server down");
  }

  @Override
  public ProviderTask reboot(ProviderAccount account, String externalId) {
    api(account).post(instance(externalId) + "/reboot", null);
    return ProviderTask.underWay(LinodeProgress.RUNNING);
  }

  @Override
  public ProviderTask rebuild(
      ProviderAccount account,
      String externalId,
      String image,
      String rootPassword,
      List<String> sshKeys) {
    api(account)
        .post(
            instance(externalId) + "/rebuild",
            VendorJson.object()
                .add("image", image)
                .add("root_pass", rootPassword)
                .addAll(authorizedKeys(sshKeys))
                .build());
    return ProviderTask.underWay(LinodeProgress.RUNNING).withPassword(rootPassword);
  }

  /** Linode's Backup service for the instance, billed by Linode to the reseller from now. */
  @Override
  public ProviderTask enableBackups(ProviderAccount account, String externalId) {
    api(account).post(instance(externalId) + "/backups/enable", null);
    return ProviderTask.done();
  }

  /** Cancels the Backup service; Linode deletes the instance's backups with it. */
  @Override
  public ProviderTask disableBackups(ProviderAccount account, String externalId) {
    api(account).post(instance(externalId) + "/backups/cancel", null);
    return ProviderTask.done();
  }

  /**
   * The instance's Backup service and its finished automatic backups and manual snapshot; a backup
   * still being taken, or one that failed, cannot be restored and is left out.
   */
  @Override
  public ProviderBackups backups(ProviderAccount account, String externalId) {
    VendorApi api = api(account);
    boolean enabled = flag(object(api.get(instance(externalId)), "backups"), "enabled");
    if (!enabled) {
      // cancelling the Backup service deletes the instance's backups
      return new ProviderBackups(false, List.of());
    }
    JsonValue listed = api.get(instance(externalId) + "/backups");
    List<JsonValue> all = new ArrayList<>(array(listed, "automatic"));
    all.add(field(object(listed, "snapshot"), "current"));
    return new ProviderBackups(
        enabled,
        all.stream()
            .filter(b -> b instanceof JsonObject)
            .filter(b -> flag(b, "available") && "successful".equals(text(b, "status")))
            .flatMap(b -> LinodeCloud.backup(b).stream())
            .toList());
  }

  private static Optional<ProviderBackup> backup(JsonValue backup) {
    long size = array(backup, "disks").stream().mapToLong(d -> integer(d, "size")).sum();
    return VendorJson.moment(text(backup, "finished"))
        .or(() -> VendorJson.moment(text(backup, "created")))
        .map(
            at ->
                new ProviderBackup(
                    text(backup, "id"), text(backup, "label"), at, size > 0 ? size : null));
  }

  /**
   * Linode's manual snapshot, kept in the Backup service beside the automatic ones; it deletes the
   * snapshot taken before. Watched by its own status, which the instance's may not show yet.
   */
  @Override
  public ProviderTask takeBackup(ProviderAccount account, String externalId, String label) {
    JsonValue taken =
        api(account)
            .post(
                instance(externalId) + "/backups", VendorJson.object().add("label", label).build());
    String id = text(taken, "id");
    if (id == null || !id.matches("\\d{1,18}")) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "Linode answered the snapshot without its id");
    }
    return ProviderTask.underWay(BACKUP_HANDLE + id);
  }

  private TaskProgress backupProgress(VendorApi api, String externalId, String backupId) {
    String status = text(api.get(instance(externalId) + "/backups/" + backupId), "status");
    return switch (String.valueOf(status)) {
      case "successful" -> TaskProgress.done();
      case "failed", "userAborted" -> TaskProgress.failed("Linode reports the snapshot " + status);
      default -> TaskProgress.underWay(null);
    };
  }

  /** Over the instance's own disks; Linode shows the instance "restoring" until it is done. */
  @Override
  public ProviderTask restoreBackup(ProviderAccount account, String externalId, String backupId) {
    if (!backupId.matches("\\d+")) {
      throw new ProviderException(ProviderException.Kind.REFUSED, "No Linode backup " + backupId);
    }
    api(account)
        .post(
            instance(externalId) + "/backups/" + backupId + "/restore",
            VendorJson.object()
                .add("linode_id", Long.parseLong(externalId))
                .add("overwrite", true)
                .build());
    return ProviderTask.underWay(LinodeProgress.SETTLED);
  }

  /** Linode sets the PTR record at once; it refuses a name that does not resolve to the address. */
  @Override
  public ProviderTask setReverseDns(
      ProviderAccount account, String externalId, String address, String name) {
    api(account)
        .put("/v4/networking/ips/" + address, VendorJson.object().add("rdns", name).build());
    return ProviderTask.done();
  }

  @Override
  public AddedAddress addIpv4(
      ProviderAccount account, String externalId, Set<String> known, boolean retried) {
    return new AddedAddress(
        LinodeAddresses.add(api(account), instance(externalId), known, retried),
        ProviderTask.done());
  }

  @Override
  public ProviderTask removeIpv4(ProviderAccount account, String externalId, String address) {
    LinodeAddresses.remove(api(account), instance(externalId), address);
    return ProviderTask.done();
  }

  /** Linode's Metadata service hands the user data, Base64-encoded here, to cloud-init. */
  private static JsonObjectBuilder metadata(String userData) {
    JsonObjectBuilder metadata = VendorJson.object();
    if (userData != null) {
      String encoded =
          Base64.getEncoder().encodeToString(userData.getBytes(StandardCharsets.UTF_8));
      metadata.add("metadata", VendorJson.object().add("user_data", encoded));
    }
    return metadata;
  }

  @Override
  public boolean takesUserData() {
    return true;
  }

  /** Linode appends these to root's {@code authorized_keys} when it deploys the image. */
  private static JsonObjectBuilder authorizedKeys(List<String> sshKeys) {
    JsonObjectBuilder keys = VendorJson.object();
    if (!sshKeys.isEmpty()) {
      keys.add("authorized_keys", VendorJson.array(sshKeys));
    }
    return keys;
  }

  @Override
  public ProviderTask resetPassword(
      ProviderAccount account, String externalId, String rootPassword) {
    api(account)
        .post(
            instance(externalId) + "/password",
            VendorJson.object().add("root_pass", rootPassword).build());
    return ProviderTask.done().withPassword(rootPassword);
  }

  @Override
  public ProviderTask rename(ProviderAccount account, String externalId, String hostname) {
    VendorApi api = api(account);
    String reference =
        ServerReferences.among(
            VendorJson.strings(array(api.get(instance(externalId)), "tags")), account.tenantTag());
    api.put(
        instance(externalId),
        VendorJson.object().add("label", LinodeLabels.of(hostname, reference)).build());
    return ProviderTask.done();
  }

  @Override
  public ProviderTask resize(ProviderAccount account, String externalId, String planCode) {
    api(account)
        .post(
            instance(externalId) + "/resize",
            VendorJson.object()
                .add("type", planCode)
                .add("allow_auto_disk_resize", true)
                .add("migration_type", "cold")
                .build());
    return ProviderTask.underWay(LinodeProgress.SETTLED);
  }

  @Override
  public ProviderTask stopForSuspension(ProviderAccount account, String externalId) {
    return shutDown(account, externalId);
  }

  /** Its firewall goes with it: Linode would keep it with nothing attached. */
  @Override
  public ProviderTask delete(ProviderAccount account, String externalId) {
    VendorApi api = api(account);
    String path = instance(externalId);
    LinodeFirewalls.remove(api, externalId);
    api.deleteIfPresent(path);
    return ProviderTask.done();
  }

  @Override
  public ProviderTask applyFirewall(
      ProviderAccount account, String externalId, FirewallRules rules) {
    instance(externalId);
    LinodeFirewalls.apply(api(account), externalId, rules);
    return ProviderTask.done();
  }

  @Override
  public TaskProgress progress(ProviderAccount account, String externalId, String handle) {
    if (LinodeVolumes.watches(handle)) {
      return LinodeVolumes.progress(api(account), handle);
    }
    if (handle.startsWith(BACKUP_HANDLE)) {
      return backupProgress(api(account), externalId, handle.substring(BACKUP_HANDLE.length()));
    }
    return LinodeProgress.of(handle, state(account, externalId));
  }

  @Override
  public String createVolume(
      ProviderAccount account, String externalId, String region, String name, int sizeGb) {
    return LinodeVolumes.create(api(account), linodeId(externalId), name, sizeGb);
  }

  @Override
  public ProviderTask attachVolume(
      ProviderAccount account, String externalId, String region, String volumeId) {
    return LinodeVolumes.attach(api(account), linodeId(externalId), volumeId);
  }

  @Override
  public ProviderTask detachVolume(
      ProviderAccount account, String externalId, String region, String volumeId) {
    return LinodeVolumes.detach(api(account), volumeId);
  }

  @Override
  public ProviderTask resizeVolume(
      ProviderAccount account, String region, String volumeId, int sizeGb) {
    return LinodeVolumes.resize(api(account), volumeId, sizeGb);
  }

  @Override
  public ProviderTask deleteVolume(ProviderAccount account, String region, String volumeId) {
    return LinodeVolumes.delete(api(account), volumeId);
  }

  private static String linodeId(String externalId) {
    return instance(externalId).substring("/v4/linode/instances/".length());
  }

  @Override
  public ServerUsage usage(ProviderAccount account, String externalId, Instant from, Instant to) {
    return LinodeStats.between(api(account), instance(externalId), from, to);
  }

  /** Its API has no console: the console is SSH to the server's public address. */
  @Override
  public Optional<ConsoleAccess.Kind> consoleKind() {
    return Optional.of(ConsoleAccess.Kind.SSH);
  }

  @Override
  public Optional<ConsoleAccess> console(ProviderAccount account, String externalId) {
    return ConsoleAccess.sshTo(state(account, externalId));
  }

  /** Every Linode carrying a tag; a tag nobody carries yet is none. */
  private static List<JsonValue> tagged(VendorApi api, String tag) {
    try {
      return LinodePages.all(
              api, "/v4/tags/" + URLEncoder.encode(tag, StandardCharsets.UTF_8).replace("+", "%20"))
          .stream()
          .filter(o -> "linode".equals(text(o, "type")))
          .map(o -> VendorJson.field(o, "data"))
          .toList();
    } catch (ProviderException e) {
      if (e.kind() == ProviderException.Kind.NOT_FOUND) {
        return List.of();
      }
      throw e;
    }
  }

  private static String instance(String externalId) {
    if (!externalId.matches("\\d+")) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No Linode " + externalId);
    }
    return "/v4/linode/instances/" + externalId;
  }

  private static VendorApi api(ProviderAccount account) {
    return LinodeApi.of(account);
  }
}
