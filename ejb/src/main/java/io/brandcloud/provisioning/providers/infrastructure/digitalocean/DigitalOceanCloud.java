package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.decimal;
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
import io.brandcloud.provisioning.providers.domain.ProviderSnapshot;
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
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * DigitalOcean API v2. Droplets carry our reference and the tenant's as tags, so a retried create
 * finds the first droplet ({@code GET /v2/droplets?tag_name=}). The root password of a new droplet
 * is set by cloud-init (DigitalOcean would otherwise mail one to its account holder); a password
 * reset or a rebuild makes DigitalOcean mail the new password to the account holder, which the
 * action says instead of showing one. No suspension and no console API (ours is SSH): suspending
 * powers the droplet off (DigitalOcean bills it still). Actions answer with an action id that is
 * asked until it completed or errored.
 */
@ApplicationScoped
public class DigitalOceanCloud implements SuspendsByStopping {

  static final String MAILED =
      "DigitalOcean e-mailed the new root password to the holder of its account";
  private static final Currency USD = Currency.getInstance("USD");

  @Override
  public ProviderType type() {
    return ProviderType.DIGITALOCEAN;
  }

  @Override
  public Set<ServerActionType> actions() {
    // a droplet's IPv4 address resolves back to its name, so reverse DNS is a rename there; its
    // backups are taken on its own schedule only (a snapshot is what it takes on demand)
    return EnumSet.complementOf(
        EnumSet.of(
            ServerActionType.CREATE,
            ServerActionType.DELETE,
            ServerActionType.SET_REVERSE_DNS,
            ServerActionType.TAKE_BACKUP));
  }

  @Override
  public Set<ServerActionType> needStopped() {
    return EnumSet.of(ServerActionType.RESIZE);
  }

  @Override
  public boolean measuresUsage() {
    return true;
  }

  @Override
  public void check(ProviderAccount account) {
    api(account).get("/v2/account");
  }

  @Override
  public List<ProviderPlan> plans(ProviderAccount account) {
    return DigitalOceanPages.all(api(account), "/v2/sizes", "sizes").stream()
        .filter(size -> flag(size, "available"))
        .map(
            size ->
                new ProviderPlan(
                    text(size, "slug"),
                    text(size, "description")
                        + ", "
                        + integer(size, "vcpus")
                        + " vCPU, "
                        + integer(size, "memory") / 1024
                        + " GB",
                    integer(size, "vcpus"),
                    integer(size, "memory"),
                    integer(size, "disk"),
                    new Money(decimal(size, "price_monthly"), USD),
                    transferGb(size)))
        .toList();
  }

  /** DigitalOcean states a size's transfer in TB (1 TB = 1,000 GB, as it bills overage). */
  private static Integer transferGb(JsonValue size) {
    BigDecimal terabytes = decimal(size, "transfer");
    return terabytes == null ? null : terabytes.multiply(BigDecimal.valueOf(1000)).intValue();
  }

  @Override
  public List<ProviderRegion> regions(ProviderAccount account) {
    return DigitalOceanPages.all(api(account), "/v2/regions", "regions").stream()
        .filter(region -> flag(region, "available"))
        .map(
            region ->
                new ProviderRegion(
                    text(region, "slug"),
                    text(region, "name"),
                    RegionCountries.of(text(region, "slug"))))
        .toList();
  }

  @Override
  public List<ProviderImage> images(ProviderAccount account) {
    return DigitalOceanPages.all(api(account), "/v2/images?type=distribution", "images").stream()
        .filter(image -> text(image, "slug") != null)
        .filter(image -> !"retired".equals(text(image, "status")))
        .map(
            image ->
                new ProviderImage(
                    text(image, "slug"), text(image, "distribution") + " " + text(image, "name")))
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
    JsonObjectBuilder droplet = VendorJson.object();
    if (!sshKeys.isEmpty()) {
      droplet.add(
          "ssh_keys",
          VendorJson.array(AccountKeys.fingerprints(api, account.tenantTag(), sshKeys)));
    }
    JsonValue created =
        api.post(
            "/v2/droplets",
            droplet
                .add("name", spec.hostname())
                .add("region", spec.region())
                .add("size", spec.planCode())
                .add("image", image(spec.image()))
                .add("tags", VendorJson.array(List.of(account.tenantTag(), reference)))
                .add("monitoring", true)
                .add("user_data", CloudInit.withUserData(rootPassword, spec.userData()))
                .build());
    return new CreatedServer(text(object(created, "droplet"), "id"), rootPassword);
  }

  @Override
  public ProviderServerState state(ProviderAccount account, String externalId) {
    try {
      return DropletStates.of(object(api(account).get(droplet(externalId)), "droplet"));
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
            d ->
                new UpstreamServer(
                    text(d, "id"),
                    ServerReferences.among(
                        VendorJson.strings(array(d, "tags")), account.tenantTag()),
                    text(d, "name"),
                    DropletStates.of(d),
                    text(object(d, "region"), "slug"),
                    text(object(d, "image"), "slug")))
        .toList();
  }

  @Override
  public ProviderTask start(ProviderAccount account, String externalId) {
    return action(account, externalId, "power_on");
  }

  @Override
  public ProviderTask shutDown(ProviderAccount account, String externalId) {
    return action(account, externalId, "shutdown");
  }

  @Override
  public ProviderTask powerOff(ProviderAccount account, String externalId) {
    return action(account, externalId, "power_off");
  }

  @Override
  public ProviderTask reboot(ProviderAccount account, String externalId) {
    return action(account, externalId, "reboot");
  }

  @Override
  public ProviderTask rebuild(
      ProviderAccount account,
      String externalId,
      String image,
      String rootPassword,
      List<String> sshKeys) {
    return action(
            account,
            externalId,
            VendorJson.object().add("type", "rebuild").add("image", image).build())
        .withNote(MAILED);
  }

  /** Droplet backups, switched on as a droplet action watched like the others. */
  @Override
  public ProviderTask enableBackups(ProviderAccount account, String externalId) {
    return action(account, externalId, "enable_backups");
  }

  @Override
  public ProviderTask disableBackups(ProviderAccount account, String externalId) {
    return action(account, externalId, "disable_backups");
  }

  /** Whether the droplet has the backups feature, and the backups DigitalOcean keeps of it. */
  @Override
  public ProviderBackups backups(ProviderAccount account, String externalId) {
    VendorApi api = api(account);
    JsonValue droplet = object(api.get(droplet(externalId)), "droplet");
    boolean enabled = VendorJson.strings(array(droplet, "features")).anyMatch("backups"::equals);
    return new ProviderBackups(
        enabled,
        DigitalOceanPages.all(api, droplet(externalId) + "/backups", "backups").stream()
            .flatMap(b -> DigitalOceanCloud.backup(b).stream())
            .toList());
  }

  private static Optional<ProviderBackup> backup(JsonValue backup) {
    BigDecimal gigabytes = VendorJson.decimal(backup, "size_gigabytes");
    Long megabytes =
        gigabytes == null ? null : gigabytes.multiply(BigDecimal.valueOf(1024)).longValue();
    return VendorJson.moment(text(backup, "created_at"))
        .map(at -> new ProviderBackup(text(backup, "id"), text(backup, "name"), at, megabytes));
  }

  /** A droplet action that powers the droplet off, writes the backup image back and boots it. */
  @Override
  public ProviderTask restoreBackup(ProviderAccount account, String externalId, String backupId) {
    return action(
        account,
        externalId,
        VendorJson.object().add("type", "restore").add("image", imageId(backupId)).build());
  }

  /**
   * A droplet action that powers the droplet off (unless it is off), images its disk and boots it.
   */
  @Override
  public ProviderTask takeSnapshot(ProviderAccount account, String externalId, String name) {
    return action(
        account, externalId, VendorJson.object().add("type", "snapshot").add("name", name).build());
  }

  @Override
  public List<ProviderSnapshot> snapshots(ProviderAccount account, String externalId) {
    return DigitalOceanPages.all(api(account), droplet(externalId) + "/snapshots", "snapshots")
        .stream()
        .flatMap(s -> DigitalOceanCloud.snapshot(s).stream())
        .toList();
  }

  private static Optional<ProviderSnapshot> snapshot(JsonValue snapshot) {
    return VendorJson.moment(text(snapshot, "created_at"))
        .map(
            at ->
                new ProviderSnapshot(
                    text(snapshot, "id"),
                    text(snapshot, "name"),
                    at,
                    VendorJson.decimal(snapshot, "size_gigabytes")));
  }

  /** The same droplet action as a backup's restore, with the snapshot's image id. */
  @Override
  public ProviderTask restoreSnapshot(
      ProviderAccount account, String externalId, String snapshotId) {
    return restoreBackup(account, externalId, snapshotId);
  }

  @Override
  public ProviderTask deleteSnapshot(
      ProviderAccount account, String externalId, String snapshotId) {
    api(account).deleteIfPresent("/v2/snapshots/" + imageId(snapshotId));
    return ProviderTask.done();
  }

  @Override
  public ProviderTask applyFirewall(
      ProviderAccount account, String externalId, FirewallRules rules) {
    DropletFirewalls.apply(api(account), dropletId(externalId), rules);
    return ProviderTask.done();
  }

  @Override
  public String createVolume(
      ProviderAccount account, String externalId, String region, String name, int sizeGb) {
    return DropletVolumes.create(api(account), region, name, sizeGb);
  }

  @Override
  public ProviderTask attachVolume(
      ProviderAccount account, String externalId, String region, String volumeId) {
    return DropletVolumes.attach(api(account), dropletId(externalId), region, volumeId);
  }

  @Override
  public ProviderTask detachVolume(
      ProviderAccount account, String externalId, String region, String volumeId) {
    return DropletVolumes.detach(api(account), dropletId(externalId), region, volumeId);
  }

  @Override
  public ProviderTask resizeVolume(
      ProviderAccount account, String region, String volumeId, int sizeGb) {
    return DropletVolumes.resize(api(account), region, volumeId, sizeGb);
  }

  @Override
  public ProviderTask deleteVolume(ProviderAccount account, String region, String volumeId) {
    return DropletVolumes.delete(api(account), region, volumeId);
  }

  /** A distribution by its slug, or a snapshot to build from by its image id (a number). */
  private static JsonValue image(String image) {
    return image.matches("\\d{1,18}")
        ? jakarta.json.Json.createValue(Long.parseLong(image))
        : jakarta.json.Json.createValue(image);
  }

  @Override
  public boolean buildsFromSnapshots() {
    return true;
  }

  private static long imageId(String id) {
    if (!id.matches("\\d{1,18}")) {
      throw new ProviderException(ProviderException.Kind.REFUSED, "No DigitalOcean image " + id);
    }
    return Long.parseLong(id);
  }

  @Override
  public boolean takesUserData() {
    return true;
  }

  /** A droplet rebuild takes only the image: the keys stay those it was created with. */
  @Override
  public boolean takesSshKeysOnRebuild() {
    return false;
  }

  @Override
  public ProviderTask resetPassword(
      ProviderAccount account, String externalId, String rootPassword) {
    return action(account, externalId, "password_reset").withNote(MAILED);
  }

  @Override
  public ProviderTask rename(ProviderAccount account, String externalId, String hostname) {
    return action(
        account,
        externalId,
        VendorJson.object().add("type", "rename").add("name", hostname).build());
  }

  /** CPU, memory and disk: a resized disk cannot shrink again, as DigitalOcean warns. */
  @Override
  public ProviderTask resize(ProviderAccount account, String externalId, String planCode) {
    return action(
        account,
        externalId,
        VendorJson.object().add("type", "resize").add("size", planCode).add("disk", true).build());
  }

  @Override
  public ProviderTask stopForSuspension(ProviderAccount account, String externalId) {
    return powerOff(account, externalId);
  }

  /**
   * Its snapshots and its firewall go with it: DigitalOcean would keep them, the snapshots billed
   * to the reseller's account, with no customer to see them.
   */
  @Override
  public ProviderTask delete(ProviderAccount account, String externalId) {
    VendorApi api = api(account);
    List<ProviderSnapshot> snapshots;
    try {
      snapshots = snapshots(account, externalId);
    } catch (ProviderException e) {
      if (e.kind() == ProviderException.Kind.NOT_FOUND) {
        return ProviderTask.done();
      }
      throw e;
    }
    DropletFirewalls.remove(api, externalId);
    if (snapshots.isEmpty()) {
      api.deleteIfPresent(droplet(externalId));
    } else {
      api.send(
          "DELETE",
          droplet(externalId) + "/destroy_with_associated_resources/selective",
          VendorJson.object()
              .add(
                  "snapshots",
                  jakarta.json.Json.createArrayBuilder(
                      snapshots.stream().map(ProviderSnapshot::id).toList()))
              .build());
    }
    return ProviderTask.done();
  }

  @Override
  public AddedAddress addIpv4(
      ProviderAccount account, String externalId, Set<String> known, boolean retried) {
    return DropletAddresses.add(api(account), dropletId(externalId), known, retried);
  }

  /** DigitalOcean assigns a droplet at most one reserved IP. */
  @Override
  public int maxExtraIpv4() {
    return 1;
  }

  @Override
  public ProviderTask removeIpv4(ProviderAccount account, String externalId, String address) {
    return DropletAddresses.remove(api(account), address);
  }

  @Override
  public TaskProgress progress(ProviderAccount account, String externalId, String handle) {
    JsonValue action = object(api(account).get("/v2/actions/" + handle), "action");
    return switch (String.valueOf(text(action, "status"))) {
      case "completed" -> TaskProgress.done();
      case "errored" ->
          TaskProgress.failed(
              "DigitalOcean reports the " + text(action, "type") + " action errored");
      default -> TaskProgress.underWay(null);
    };
  }

  @Override
  public ServerUsage usage(ProviderAccount account, String externalId, Instant from, Instant to) {
    return DropletMetrics.between(api(account), droplet(externalId), externalId, from, to);
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

  /** A droplet action that takes nothing but its type. */
  private ProviderTask action(ProviderAccount account, String externalId, String type) {
    return action(account, externalId, VendorJson.object().add("type", type).build());
  }

  private ProviderTask action(ProviderAccount account, String externalId, JsonObject body) {
    JsonValue answer = api(account).post(droplet(externalId) + "/actions", body);
    String id = text(object(answer, "action"), "id");
    if (id == null) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "DigitalOcean answered an action without its id");
    }
    return ProviderTask.underWay(id);
  }

  /** The droplets carrying a tag; a tag name is never empty here, so this never lists all. */
  private static List<JsonValue> tagged(VendorApi api, String tag) {
    if (tag == null || !tag.matches("[a-zA-Z0-9_:-]+")) {
      throw new IllegalArgumentException("Not a tag: " + tag);
    }
    return DigitalOceanPages.all(api, "/v2/droplets?tag_name=" + tag, "droplets");
  }

  private static String droplet(String externalId) {
    return "/v2/droplets/" + dropletId(externalId);
  }

  private static String dropletId(String externalId) {
    if (!externalId.matches("\\d{1,18}")) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No droplet " + externalId);
    }
    return externalId;
  }

  private static VendorApi api(ProviderAccount account) {
    return DigitalOceanApi.of(account);
  }
}
