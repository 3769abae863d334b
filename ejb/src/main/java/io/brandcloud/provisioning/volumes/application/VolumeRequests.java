package io.brandcloud.provisioning.volumes.application;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.VolumeChange;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.volumes.domain.Volume;
import io.brandcloud.provisioning.volumes.domain.VolumeRepository;
import io.brandcloud.provisioning.volumes.domain.VolumeStatus;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.UniqueRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/**
 * A volume action checked before it is queued, in the asking transaction: the volume exists and may
 * be changed so, and what is already known changes at once (a new volume is listed as being
 * created, one being attached belongs to its new server). The action's parameter is the volume's
 * id, and for a resize {@code id:size}.
 */
@ApplicationScoped
public class VolumeRequests {

  private static final String PROVIDER_NAME_PREFIX = "bc-vol-";
  private static final int PROVIDER_NAME_RANDOM = 12;

  @Inject VolumeRepository volumes;
  @Inject ApplicationClock clock;

  /** The parameter a volume action is queued with. */
  public String parameter(Server server, ServerActionType type, VolumeChange change) {
    if (change == null) {
      throw BrandcloudException.invalid("volume", "volume is required");
    }
    return switch (type) {
      case CREATE_VOLUME -> String.valueOf(create(server, change));
      case ATTACH_VOLUME -> String.valueOf(attach(server, change.volumeId()));
      case DETACH_VOLUME -> detach(server, change.volumeId());
      case RESIZE_VOLUME -> resize(server, change);
      case DELETE_VOLUME -> delete(server, change.volumeId());
      default -> throw new IllegalArgumentException(type + " is no volume action");
    };
  }

  /** The parameter of a volume action, read back: the volume's id. */
  public static long volumeIdOf(String parameter) {
    int colon = parameter.indexOf(':');
    return Long.parseLong(colon < 0 ? parameter : parameter.substring(0, colon));
  }

  /** The size a resize asked for. */
  public static int sizeOf(String parameter) {
    return Integer.parseInt(parameter.substring(parameter.indexOf(':') + 1));
  }

  private long create(Server server, VolumeChange change) {
    BigDecimal price =
        volumes
            .gbMonthPrice()
            .orElseThrow(
                () ->
                    new BrandcloudException(
                        ErrorCode.CONFLICT,
                        "Volumes are not sold here; ask support to offer them"));
    String name = Volume.requireName(change.name());
    int size = Volume.requireSize(change.sizeGb());
    String taken = "A volume is named " + name + " already";
    if (volumes.nameTaken(server.organisationId(), name)) {
      throw new BrandcloudException(ErrorCode.CONFLICT, taken);
    }
    // two asking for the same name at once: the second meets the first's row
    return UniqueRows.orConflict(
        () ->
            volumes.add(
                server.organisationId(),
                server.connectionId(),
                server.region(),
                server.id(),
                name,
                PROVIDER_NAME_PREFIX + SecretTokens.randomAlphanumeric(PROVIDER_NAME_RANDOM),
                size,
                price,
                clock.now()),
        taken);
  }

  /** A detached volume of the organisation in the server's region; it belongs to it from now. */
  private long attach(Server server, Long volumeId) {
    Volume volume = volume(server.organisationId(), volumeId);
    if (volume.status() != VolumeStatus.DETACHED) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "The volume " + volume.name() + " is " + describe(volume.status()) + "; detach it first");
    }
    if (volume.connectionId() != server.connectionId()
        || !volume.region().equals(server.region())) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "The volume "
              + volume.name()
              + " is in another region; a volume attaches only to servers in its own");
    }
    volumes.moved(volume.id(), server.id(), VolumeStatus.ATTACHING);
    return volume.id();
  }

  private String detach(Server server, Long volumeId) {
    long id = owned(server, volumeId, VolumeStatus.ATTACHED);
    volumes.status(id, VolumeStatus.DETACHING);
    return String.valueOf(id);
  }

  /** Billed no more from now: the customer asked for it to go. */
  private String delete(Server server, Long volumeId) {
    long id = owned(server, volumeId, VolumeStatus.ATTACHED, VolumeStatus.DETACHED);
    volumes.deleting(id, clock.now());
    return String.valueOf(id);
  }

  private String resize(Server server, VolumeChange change) {
    long id = owned(server, change.volumeId(), VolumeStatus.ATTACHED, VolumeStatus.DETACHED);
    int size = volumes.find(id).orElseThrow().requireLarger(change.sizeGb());
    return id + ":" + size;
  }

  /** One of the server's volumes, in one of {@code allowed}. */
  private long owned(Server server, Long volumeId, VolumeStatus... allowed) {
    Volume volume = volume(server.organisationId(), volumeId);
    if (volume.serverId() != server.id()) {
      throw BrandcloudException.notFound("Volume " + volumeId);
    }
    for (VolumeStatus status : allowed) {
      if (volume.status() == status) {
        return volume.id();
      }
    }
    throw new BrandcloudException(
        ErrorCode.CONFLICT,
        "The volume " + volume.name() + " is " + describe(volume.status()) + " now");
  }

  /** A live volume of the organisation; another's, or one deleted, is "not found". */
  private Volume volume(long organisationId, Long volumeId) {
    if (volumeId == null) {
      throw BrandcloudException.invalid("volumeId", "volumeId is required");
    }
    return volumes
        .findForUpdate(volumeId)
        .filter(v -> v.organisationId() == organisationId)
        .filter(v -> v.status().live())
        .orElseThrow(() -> BrandcloudException.notFound("Volume " + volumeId));
  }

  private static String describe(VolumeStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT);
  }
}
