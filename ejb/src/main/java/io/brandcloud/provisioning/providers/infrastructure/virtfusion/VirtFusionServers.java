package io.brandcloud.provisioning.providers.infrastructure.virtfusion;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.field;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.flag;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.providers.domain.ServerUsage;
import io.brandcloud.provisioning.providers.domain.ServerUsage.Sample;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import io.brandcloud.provisioning.servers.domain.ServerReferences;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's servers at a VirtFusion panel: they belong to one VirtFusion user per tenant, and
 * each carries our reference as its name until it is renamed.
 */
final class VirtFusionServers {

  /** Longer than a create, a rename and their timeouts take together. */
  static final Duration LEFT_OVER_AFTER = Duration.ofMinutes(2);

  private final VendorApi api;
  private final String tenantTag;

  VirtFusionServers(VendorApi api, String tenantTag) {
    this.api = api;
    this.tenantTag = tenantTag;
  }

  /** The tenant's VirtFusion user, made the first time (VirtFusion mails it nothing). */
  long owner() {
    String path =
        "/api/v1/users/"
            + URLEncoder.encode(tenantTag, StandardCharsets.UTF_8)
            + "/byExtRelation?relStr=true";
    try {
      return Long.parseLong(text(object(api.get(path), "data"), "id"));
    } catch (ProviderException e) {
      if (e.kind() != ProviderException.Kind.NOT_FOUND) {
        throw e;
      }
    }
    JsonValue created =
        api.post(
            "/api/v1/users",
            VendorJson.object()
                .add("name", "Brandcloud " + tenantTag)
                // RFC 2606: an address that can never receive mail
                .add("email", tenantTag + "@brandcloud.invalid")
                .add("relStr", tenantTag)
                .add("sendMail", false)
                .build());
    return Long.parseLong(text(object(created, "data"), "id"));
  }

  List<JsonValue> all(long owner) {
    return array(api.get("/api/v1/servers/user/" + owner), "data");
  }

  Optional<JsonValue> ours(long owner, String reference) {
    return all(owner).stream().filter(s -> reference.equals(text(s, "name"))).findFirst();
  }

  /**
   * An unnamed, unbuilt server of the tenant's user old enough that no create can still be naming
   * it: the answer to an earlier create was lost.
   */
  Optional<JsonValue> unnamedLeftOver(long owner) {
    Instant before = Instant.now().minus(LEFT_OVER_AFTER);
    return all(owner).stream()
        .filter(s -> text(s, "name") == null || text(s, "name").isBlank())
        .filter(s -> "allocated".equals(text(s, "state")))
        .filter(s -> created(s).map(at -> at.isBefore(before)).orElse(false))
        .findFirst();
  }

  JsonValue name(JsonValue server, String reference) {
    api.put(
        "/api/v1/servers/" + text(server, "id") + "/modify/name",
        VendorJson.object().add("name", reference).build());
    return server;
  }

  static String reference(String name, String tenantTag) {
    return ServerReferences.isTenants(tenantTag, name) ? name : null;
  }

  static ProviderServerState state(JsonValue server) {
    String state = String.valueOf(text(server, "state"));
    Phase phase;
    if (flag(server, "buildFailed") || state.equals("failed")) {
      phase = Phase.FAILED;
    } else if (!state.equals("complete")) {
      phase = Phase.BUILDING;
    } else if (flag(server, "suspended")) {
      phase = Phase.SUSPENDED;
    } else if (flag(object(server, "tasks"), "active")) {
      phase = Phase.BUSY;
    } else {
      phase = power(field(server, "remoteState"));
    }
    return new ProviderServerState(phase, address(server));
  }

  /** The hypervisor's view, where VirtFusion gave it; a built server is taken to run otherwise. */
  private static Phase power(JsonValue remote) {
    String state = remote instanceof JsonObject ? text(remote, "state") : null;
    if (state != null && (state.contains("shut") || state.contains("off"))) {
      return Phase.STOPPED;
    }
    return Phase.RUNNING;
  }

  private static String address(JsonValue server) {
    List<String> addresses = publicAddresses(server);
    return addresses.isEmpty() ? null : addresses.get(0);
  }

  /** The IPv4 addresses of the server's public interfaces, its own first. */
  static List<String> publicAddresses(JsonValue server) {
    List<String> addresses = new ArrayList<>();
    for (JsonValue nic : array(object(server, "network"), "interfaces")) {
      if ("public".equals(text(nic, "type"))) {
        for (JsonValue ip : array(nic, "ipv4")) {
          if (text(ip, "address") != null) {
            addresses.add(text(ip, "address"));
          }
        }
      }
    }
    return addresses;
  }

  static String templateName(JsonValue template) {
    String variant = text(template, "variant");
    return text(template, "name")
        + " "
        + text(template, "version")
        + (variant == null || variant.isBlank() ? "" : " " + variant);
  }

  /** Monthly traffic buckets overlapping the period, one sample each at the bucket's start. */
  static ServerUsage traffic(JsonValue answer, Instant from, Instant to) {
    List<Sample> in = new ArrayList<>();
    List<Sample> out = new ArrayList<>();
    for (JsonValue month : array(object(answer, "data"), "monthly")) {
      Optional<Instant> start = VendorJson.moment(text(month, "start"));
      Optional<Instant> end = VendorJson.moment(text(month, "end"));
      if (start.isPresent()
          && end.isPresent()
          && end.get().isAfter(from)
          && start.get().isBefore(to)) {
        in.add(new Sample(start.get(), bytes(month, "rx")));
        out.add(new Sample(start.get(), bytes(month, "tx")));
      }
    }
    in.sort(java.util.Comparator.comparing(Sample::at));
    out.sort(java.util.Comparator.comparing(Sample::at));
    return new ServerUsage(List.of(), in, out);
  }

  private static long bytes(JsonValue month, String name) {
    BigDecimal value = VendorJson.decimal(month, name);
    return value == null ? 0 : value.longValue();
  }

  private static Optional<Instant> created(JsonValue server) {
    return VendorJson.moment(text(server, "created"));
  }
}
