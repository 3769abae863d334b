package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Block storage volumes: made in the droplet's region under a name unique there ({@code GET
 * /v2/volumes?name=&region=} finds one a lost answer left), attached, detached and grown by volume
 * actions watched like droplet actions, and deleted once no droplet holds them.
 */
final class DropletVolumes {

  private static final Pattern VOLUME_ID = Pattern.compile("[0-9a-fA-F-]{1,64}");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final Duration DETACHING = Duration.ofSeconds(5);

  private DropletVolumes() {}

  static String create(VendorApi api, String region, String name, int sizeGb) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a DigitalOcean volume name: " + name);
    }
    JsonValue volume =
        named(api, region, name)
            .orElseGet(
                () ->
                    object(
                        api.post(
                            "/v2/volumes",
                            VendorJson.object()
                                .add("size_gigabytes", sizeGb)
                                .add("name", name)
                                .add("region", region)
                                .build()),
                        "volume"));
    String id = text(volume, "id");
    if (id == null) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "DigitalOcean answered a volume without its id");
    }
    return id;
  }

  /** Attaches the volume, unless the droplet holds it already. */
  static ProviderTask attach(VendorApi api, String dropletId, String region, String volumeId) {
    if (dropletIds(object(api.get(path(volumeId)), "volume")).contains(dropletId)) {
      return ProviderTask.done();
    }
    return action(api, volumeId, "attach", dropletId, region);
  }

  static ProviderTask detach(VendorApi api, String dropletId, String region, String volumeId) {
    return action(api, volumeId, "detach", dropletId, region);
  }

  /** Grows the volume, unless it has the size already (a retry after a lost answer). */
  static ProviderTask resize(VendorApi api, String region, String volumeId, int sizeGb) {
    Integer size =
        VendorJson.integerOrNull(object(api.get(path(volumeId)), "volume"), "size_gigabytes");
    if (size != null && size >= sizeGb) {
      return ProviderTask.done();
    }
    return started(
        api.post(
            path(volumeId) + "/actions",
            VendorJson.object()
                .add("type", "resize")
                .add("size_gigabytes", sizeGb)
                .add("region", region)
                .build()));
  }

  /**
   * Deletes a volume no droplet holds; one a droplet holds is detached first, and the caller is
   * asked to come back once it is.
   */
  static ProviderTask delete(VendorApi api, String region, String volumeId) {
    String path = path(volumeId);
    JsonValue volume;
    try {
      volume = object(api.get(path), "volume");
    } catch (ProviderException e) {
      if (e.kind() == ProviderException.Kind.NOT_FOUND) {
        return ProviderTask.done();
      }
      throw e;
    }
    List<String> holders = dropletIds(volume);
    if (!holders.isEmpty()) {
      try {
        detach(api, holders.get(0), region, volumeId);
      } catch (ProviderException e) {
        if (e.kind() != ProviderException.Kind.REFUSED) {
          throw e;
        }
        // refused while an earlier detach is under way: that one is waited for
      }
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE,
          "DigitalOcean is detaching the volume before it can be deleted",
          DETACHING);
    }
    api.deleteIfPresent(path);
    return ProviderTask.done();
  }

  private static Optional<JsonValue> named(VendorApi api, String region, String name) {
    return DigitalOceanPages.all(
            api,
            "/v2/volumes?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "&region="
                + URLEncoder.encode(region, StandardCharsets.UTF_8),
            "volumes")
        .stream()
        .filter(v -> name.equals(text(v, "name")))
        .findFirst();
  }

  private static ProviderTask action(
      VendorApi api, String volumeId, String type, String dropletId, String region) {
    return started(
        api.post(
            path(volumeId) + "/actions",
            VendorJson.object()
                .add("type", type)
                .add("droplet_id", Long.parseLong(dropletId))
                .add("region", region)
                .build()));
  }

  private static ProviderTask started(JsonValue answer) {
    String id = text(object(answer, "action"), "id");
    if (id == null) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "DigitalOcean answered an action without its id");
    }
    return ProviderTask.underWay(id);
  }

  private static List<String> dropletIds(JsonValue volume) {
    return array(volume, "droplet_ids").stream()
        .map(id -> id instanceof jakarta.json.JsonNumber n ? n.toString() : null)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  private static String path(String volumeId) {
    if (volumeId == null || !VOLUME_ID.matcher(volumeId).matches()) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No volume " + volumeId);
    }
    return "/v2/volumes/" + volumeId;
  }
}
