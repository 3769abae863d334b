package io.brandcloud.provisioning.providers.infrastructure.linode;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.domain.TaskProgress;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Optional;

/**
 * Block Storage Volumes: made attached to the Linode under a label unique in the account (a create
 * retried after a lost answer finds the first among the Linode's volumes), watched until Linode
 * calls them active ({@value #HANDLE_PREFIX}{@code <id>}), and deleted once detached.
 */
final class LinodeVolumes {

  static final String HANDLE_PREFIX = "volume:";

  private LinodeVolumes() {}

  static String create(VendorApi api, String linodeId, String label, int sizeGb) {
    JsonValue volume =
        attachedNamed(api, linodeId, label)
            .orElseGet(
                () ->
                    api.post(
                        "/v4/volumes",
                        VendorJson.object()
                            .add("label", label)
                            .add("size", sizeGb)
                            .add("linode_id", Long.parseLong(linodeId))
                            .build()));
    String id = text(volume, "id");
    if (id == null) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "Linode answered a volume without its id");
    }
    return id;
  }

  /** Attaches the volume, unless the Linode holds it already; watched until it is active. */
  static ProviderTask attach(VendorApi api, String linodeId, String volumeId) {
    if (!linodeId.equals(text(api.get(path(volumeId)), "linode_id"))) {
      api.post(
          path(volumeId) + "/attach",
          VendorJson.object().add("linode_id", Long.parseLong(linodeId)).build());
    }
    return ProviderTask.underWay(HANDLE_PREFIX + volumeId);
  }

  static ProviderTask detach(VendorApi api, String volumeId) {
    api.post(path(volumeId) + "/detach", null);
    return ProviderTask.done();
  }

  /** Grows the volume, unless it has the size already (a retry after a lost answer). */
  static ProviderTask resize(VendorApi api, String volumeId, int sizeGb) {
    Integer size = VendorJson.integerOrNull(api.get(path(volumeId)), "size");
    if (size == null || size < sizeGb) {
      api.post(path(volumeId) + "/resize", VendorJson.object().add("size", sizeGb).build());
    }
    return ProviderTask.underWay(HANDLE_PREFIX + volumeId);
  }

  /**
   * Deletes a detached volume; an attached one is detached first, and the caller asked to come back
   * once it is.
   */
  static ProviderTask delete(VendorApi api, String volumeId) {
    String path = path(volumeId);
    JsonValue volume;
    try {
      volume = api.get(path);
    } catch (ProviderException e) {
      if (e.kind() == ProviderException.Kind.NOT_FOUND) {
        return ProviderTask.done();
      }
      throw e;
    }
    if (text(volume, "linode_id") != null) {
      try {
        detach(api, volumeId);
      } catch (ProviderException e) {
        if (e.kind() != ProviderException.Kind.REFUSED) {
          throw e;
        }
        // refused while an earlier detach is under way: that one is waited for
      }
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE,
          "Linode is detaching the volume before it can be deleted",
          Duration.ofSeconds(5));
    }
    api.deleteIfPresent(path);
    return ProviderTask.done();
  }

  static boolean watches(String handle) {
    return handle.startsWith(HANDLE_PREFIX);
  }

  /** Done once Linode calls the volume active, and not while it is made or grown. */
  static TaskProgress progress(VendorApi api, String handle) {
    JsonValue volume = api.get(path(handle.substring(HANDLE_PREFIX.length())));
    return switch (String.valueOf(text(volume, "status"))) {
      case "active" -> TaskProgress.done();
      case "creating", "resizing", "key_rotating" -> TaskProgress.underWay(null);
      default -> TaskProgress.failed("Linode reports the volume " + text(volume, "status"));
    };
  }

  private static Optional<JsonValue> attachedNamed(VendorApi api, String linodeId, String label) {
    return LinodePages.all(api, "/v4/linode/instances/" + linodeId + "/volumes").stream()
        .filter(v -> label.equals(text(v, "label")))
        .findFirst();
  }

  private static String path(String volumeId) {
    if (volumeId == null || !volumeId.matches("\\d{1,18}")) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No volume " + volumeId);
    }
    return "/v4/volumes/" + volumeId;
  }
}
