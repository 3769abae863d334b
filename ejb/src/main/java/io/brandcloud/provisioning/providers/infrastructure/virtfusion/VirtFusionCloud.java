package io.brandcloud.provisioning.providers.infrastructure.virtfusion;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.flag;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.integer;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.providers.domain.AddedAddress;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.CreatedServer;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
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
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import io.brandcloud.provisioning.providers.domain.UpstreamServer;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * VirtFusion API v1, the reseller's own panel. Its servers have no tags: they belong to one
 * VirtFusion user per tenant (found by its relational string, the tenant's tag) and are named with
 * our reference before they are built, so a retried create finds the first server; a server left
 * unnamed by a create whose answer was lost is taken over once it is older than any create still
 * under way ({@link VirtFusionServers}). Packages have no price: staff set each plan's cost. Power
 * actions, password resets and builds run in VirtFusion's queue; their handle is the queue id (or
 * the build, watched on the server). Traffic is counted per month only, CPU not at all.
 */
@ApplicationScoped
public class VirtFusionCloud implements CloudProvider {

  @Override
  public ProviderType type() {
    return ProviderType.VIRTFUSION;
  }

  @Override
  public Set<ServerActionType> actions() {
    // named one by one, so an action added later is not offered before its calls are wired; its
    // API restores no backup and takes no snapshot, its firewall takes only rulesets its
    // administrator defined, by id, never rules of the customer's own; it has no volumes
    return EnumSet.of(
        ServerActionType.START,
        ServerActionType.SHUTDOWN,
        ServerActionType.POWER_OFF,
        ServerActionType.REBOOT,
        ServerActionType.REBUILD,
        ServerActionType.RESET_PASSWORD,
        ServerActionType.RENAME,
        ServerActionType.RESIZE,
        ServerActionType.SUSPEND,
        ServerActionType.UNSUSPEND,
        ServerActionType.ENABLE_BACKUPS,
        ServerActionType.DISABLE_BACKUPS,
        ServerActionType.ADD_IPV4,
        ServerActionType.REMOVE_IPV4);
  }

  @Override
  public boolean measuresUsage() {
    return true;
  }

  /** Its traffic comes in monthly totals, which cannot be read by the hour. */
  @Override
  public boolean measuresHourlyTraffic() {
    return false;
  }

  @Override
  public void check(ProviderAccount account) {
    api(account).get("/api/v1/connect");
  }

  @Override
  public List<ProviderPlan> plans(ProviderAccount account) {
    return array(api(account).get("/api/v1/packages"), "data").stream()
        .filter(p -> flag(p, "enabled"))
        .map(
            p ->
                new ProviderPlan(
                    text(p, "id"),
                    text(p, "name"),
                    integer(p, "cpuCores"),
                    integer(p, "memory"),
                    integer(p, "primaryStorage"),
                    null,
                    VendorJson.integerOrNull(p, "traffic")))
        .toList();
  }

  @Override
  public List<ProviderRegion> regions(ProviderAccount account) {
    return VirtFusionPages.all(api(account), "/api/v1/compute/hypervisors/groups").stream()
        .filter(group -> flag(group, "enabled"))
        .map(group -> new ProviderRegion(text(group, "id"), text(group, "name")))
        .toList();
  }

  /** The operating systems any enabled package can install, each once. */
  @Override
  public List<ProviderImage> images(ProviderAccount account) {
    VendorApi api = api(account);
    Map<String, ProviderImage> images = new LinkedHashMap<>();
    for (ProviderPlan plan : plans(account)) {
      JsonValue families =
          api.get("/api/v1/media/templates/fromServerPackageSpec/" + number(plan.code()));
      for (JsonValue family : array(families, "data")) {
        for (JsonValue template : array(family, "templates")) {
          if (!flag(template, "eol")) {
            images.putIfAbsent(
                text(template, "id"),
                new ProviderImage(text(template, "id"), VirtFusionServers.templateName(template)));
          }
        }
      }
    }
    return List.copyOf(images.values());
  }

  @Override
  public CreatedServer create(
      ProviderAccount account,
      ServerSpec spec,
      String reference,
      String rootPassword,
      List<String> sshKeys) {
    VendorApi api = api(account);
    VirtFusionServers servers = new VirtFusionServers(api, account.tenantTag());
    long owner = servers.owner();
    JsonValue server =
        servers
            .ours(owner, reference)
            .orElseGet(() -> allocate(api, servers, owner, spec, reference));
    String id = text(server, "id");
    if (!"allocated".equals(text(server, "state"))) {
      return new CreatedServer(id, null);
    }
    JsonValue built =
        api.post(
            "/api/v1/servers/" + id + "/build",
            VendorJson.object()
                .add("operatingSystemId", number(spec.image()))
                .add("name", reference)
                .add("hostname", spec.hostname())
                .add("email", false)
                .addAll(keys(api, owner, sshKeys))
                .build());
    return new CreatedServer(
        id, text(object(object(built, "data"), "settings"), "decryptedPassword"));
  }

  /** The build's {@code sshKeys}: the ids of the keys among the tenant user's. */
  private static JsonObjectBuilder keys(VendorApi api, long owner, List<String> sshKeys) {
    JsonObjectBuilder keys = VendorJson.object();
    if (!sshKeys.isEmpty()) {
      keys.add("sshKeys", VendorJson.numbers(UserKeys.ids(api, owner, sshKeys)));
    }
    return keys;
  }

  /** A new server of the tenant's user, named with the reference before anything else. */
  private static JsonValue allocate(
      VendorApi api, VirtFusionServers servers, long owner, ServerSpec spec, String reference) {
    return servers
        .unnamedLeftOver(owner)
        .map(left -> servers.name(left, reference))
        .orElseGet(
            () -> {
              JsonValue created =
                  object(
                      api.post(
                          "/api/v1/servers",
                          VendorJson.object()
                              .add("packageId", number(spec.planCode()))
                              .add("userId", owner)
                              .add("hypervisorId", number(spec.region()))
                              .add("ipv4", 1)
                              .build()),
                      "data");
              return servers.name(created, reference);
            });
  }

  @Override
  public ProviderServerState state(ProviderAccount account, String externalId) {
    try {
      return VirtFusionServers.state(
          object(api(account).get(server(externalId) + "?remoteState=true"), "data"));
    } catch (ProviderException e) {
      if (e.kind() == ProviderException.Kind.NOT_FOUND) {
        return ProviderServerState.gone();
      }
      throw e;
    }
  }

  @Override
  public List<UpstreamServer> servers(ProviderAccount account) {
    VirtFusionServers servers = new VirtFusionServers(api(account), account.tenantTag());
    return servers.all(servers.owner()).stream()
        .map(
            s ->
                new UpstreamServer(
                    text(s, "id"),
                    VirtFusionServers.reference(text(s, "name"), account.tenantTag()),
                    text(s, "name"),
                    VirtFusionServers.state(s),
                    null,
                    text(object(s, "settings"), "osTemplateInstallId")))
        .toList();
  }

  @Override
  public ProviderTask start(ProviderAccount account, String externalId) {
    return power(account, externalId, "boot");
  }

  @Override
  public ProviderTask shutDown(ProviderAccount account, String externalId) {
    return power(account, externalId, "shutdown");
  }

  @Override
  public ProviderTask powerOff(ProviderAccount account, String externalId) {
    return power(account, externalId, "poweroff");
  }

  @Override
  public ProviderTask reboot(ProviderAccount account, String externalId) {
    return power(account, externalId, "restart");
  }

  @Override
  public ProviderTask rebuild(
      ProviderAccount account,
      String externalId,
      String image,
      String rootPassword,
      List<String> sshKeys) {
    VendorApi api = api(account);
    long owner = sshKeys.isEmpty() ? 0 : new VirtFusionServers(api, account.tenantTag()).owner();
    JsonValue built =
        api.post(
            server(externalId) + "/build",
            VendorJson.object()
                .add("operatingSystemId", number(image))
                .add("email", false)
                .addAll(keys(api, owner, sshKeys))
                .build());
    return ProviderTask.underWay(VirtFusionQueue.BUILD)
        .withPassword(text(object(object(built, "data"), "settings"), "decryptedPassword"));
  }

  @Override
  public ProviderTask resetPassword(
      ProviderAccount account, String externalId, String rootPassword) {
    JsonValue reset =
        api(account)
            .post(
                server(externalId) + "/resetPassword",
                VendorJson.object().add("user", "root").add("sendMail", false).build());
    JsonValue data = object(reset, "data");
    return VirtFusionQueue.task(text(data, "queueId")).withPassword(text(data, "expectedPassword"));
  }

  @Override
  public ProviderTask rename(ProviderAccount account, String externalId, String hostname) {
    api(account)
        .put(
            server(externalId) + "/modify/name", VendorJson.object().add("name", hostname).build());
    return ProviderTask.done();
  }

  @Override
  public ProviderTask resize(ProviderAccount account, String externalId, String planCode) {
    api(account)
        .put(
            server(externalId) + "/package/" + number(planCode),
            VendorJson.object()
                .add("cpu", true)
                .add("memory", true)
                .add("primaryDiskSize", true)
                .add("primaryNetworkTraffic", true)
                .build());
    return ProviderTask.done()
        .withNote("VirtFusion applies the new CPU and memory when the server restarts next");
  }

  @Override
  public ProviderTask suspend(ProviderAccount account, String externalId) {
    api(account).post(server(externalId) + "/suspend", null);
    return ProviderTask.done();
  }

  @Override
  public ProviderTask unsuspend(ProviderAccount account, String externalId) {
    api(account).post(server(externalId) + "/unsuspend", null);
    return ProviderTask.done();
  }

  /** Deletes at once: VirtFusion otherwise waits five minutes before it deletes. */
  @Override
  public ProviderTask delete(ProviderAccount account, String externalId) {
    api(account).deleteIfPresent(server(externalId) + "?delay=0");
    return ProviderTask.done();
  }

  @Override
  public TaskProgress progress(ProviderAccount account, String externalId, String handle) {
    VendorApi api = api(account);
    if (VirtFusionQueue.BUILD.equals(handle)) {
      return VirtFusionQueue.build(state(account, externalId));
    }
    return VirtFusionQueue.progress(
        object(api.get("/api/v1/queue/" + VirtFusionQueue.id(handle)), "data"));
  }

  @Override
  public ServerUsage usage(ProviderAccount account, String externalId, Instant from, Instant to) {
    return VirtFusionServers.traffic(api(account).get(server(externalId) + "/traffic"), from, to);
  }

  /** The server's VNC over VirtFusion's WebSocket, switched on first where it is off. */
  @Override
  public Optional<ConsoleAccess.Kind> consoleKind() {
    return Optional.of(ConsoleAccess.Kind.VNC);
  }

  @Override
  public Optional<ConsoleAccess> console(ProviderAccount account, String externalId) {
    VendorApi api = api(account);
    JsonValue vnc = object(object(api.get(server(externalId) + "/vnc"), "data"), "vnc");
    if (!flag(vnc, "enabled")) {
      vnc =
          object(
              object(
                  api.post(
                      server(externalId) + "/vnc",
                      VendorJson.object().add("action", "enable").add("vnc", true).build()),
                  "data"),
              "vnc");
    }
    String path = text(object(vnc, "wss"), "url");
    if (path == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ConsoleAccess(ConsoleAccess.Kind.VNC, vncSocket(account, path), text(vnc, "password")));
  }

  /**
   * VirtFusion names its VNC WebSocket by a path on its own host ({@code /vnc/?token=…}); an
   * address in full is taken only on the API's host and, for an API over HTTPS, only encrypted.
   * Anything else is refused, so no answer can send the console's proxy, or its token, elsewhere.
   */
  static String vncSocket(ProviderAccount account, String path) {
    String base = account.apiUrl().replaceFirst("^http", "ws");
    URI api = URI.create(base);
    String socket;
    if (path.startsWith("/") && !path.startsWith("//")) {
      socket = base.replaceFirst("/+$", "") + path;
    } else if (path.regionMatches(true, 0, "wss://", 0, 6)
        || (path.regionMatches(true, 0, "ws://", 0, 5) && "ws".equalsIgnoreCase(api.getScheme()))) {
      socket = path;
    } else {
      throw elsewhere();
    }
    String host;
    try {
      host = URI.create(socket).getHost();
    } catch (IllegalArgumentException e) {
      throw elsewhere();
    }
    if (host == null || !host.equalsIgnoreCase(api.getHost())) {
      throw elsewhere();
    }
    return socket;
  }

  private static ProviderException elsewhere() {
    return new ProviderException(
        ProviderException.Kind.REFUSED, "VirtFusion named a VNC console elsewhere than its host");
  }

  @Override
  public boolean backupsNeedAPlan() {
    return true;
  }

  @Override
  public ProviderTask enableBackups(ProviderAccount account, String externalId) {
    VirtFusionBackups.enable(api(account), server(externalId), account.backupPlan());
    return ProviderTask.done();
  }

  @Override
  public ProviderTask disableBackups(ProviderAccount account, String externalId) {
    VirtFusionBackups.disable(api(account), server(externalId));
    return ProviderTask.done();
  }

  @Override
  public ProviderBackups backups(ProviderAccount account, String externalId) {
    return VirtFusionBackups.of(api(account), server(externalId), number(externalId));
  }

  @Override
  public AddedAddress addIpv4(
      ProviderAccount account, String externalId, Set<String> known, boolean retried) {
    return new AddedAddress(
        VirtFusionAddresses.add(api(account), server(externalId), known, retried),
        ProviderTask.done());
  }

  @Override
  public ProviderTask removeIpv4(ProviderAccount account, String externalId, String address) {
    VirtFusionAddresses.remove(api(account), server(externalId), address);
    return ProviderTask.done();
  }

  private ProviderTask power(ProviderAccount account, String externalId, String what) {
    JsonValue answer = api(account).post(server(externalId) + "/power/" + what, null);
    return VirtFusionQueue.task(text(object(answer, "data"), "queueId"));
  }

  private static String server(String externalId) {
    return "/api/v1/servers/" + number(externalId);
  }

  /** VirtFusion's ids are numbers; anything else is no object of its. */
  static long number(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException | NullPointerException e) {
      throw new ProviderException(ProviderException.Kind.REFUSED, "Not a VirtFusion id: " + id);
    }
  }

  private static VendorApi api(ProviderAccount account) {
    return VirtFusionApi.of(account);
  }
}
