package io.brandcloud.provisioning.actions.domain;

import io.brandcloud.shared.BrandcloudException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a server action asks of the provider. */
public enum ServerActionType {
  /** Build the server, then watch the build until it runs or fails. */
  CREATE,
  /** Power a stopped server on. */
  START,
  /** Ask the operating system to shut down (ACPI). */
  SHUTDOWN,
  /** Cut the power, as with a power button held down. */
  POWER_OFF,
  REBOOT,
  /** Reinstall from an image: the disk is wiped and a new root password set. */
  REBUILD,
  RESET_PASSWORD,
  /** A new host name at the provider. */
  RENAME,
  /** The name the server's IPv4 address resolves back to (its PTR record). */
  SET_REVERSE_DNS,
  /** Another plan (CPU, memory, disk) for the same server. */
  RESIZE,
  /** Stop it, keeping its disk: for an unpaid balance or by staff. */
  SUSPEND,
  /** Start a suspended server again. */
  UNSUSPEND,
  /** Delete it and its disk. */
  DELETE,
  /** Switch the provider's backups on, for the backup add-on; asked by the add-on, not by name. */
  ENABLE_BACKUPS,
  /** Switch the provider's backups off again. */
  DISABLE_BACKUPS,
  /** Write one of the provider's backups back over the server's disk. */
  RESTORE_BACKUP,
  /**
   * Take a backup now, beside the scheduled ones; the provider keeps one such backup, so a new one
   * replaces the last.
   */
  TAKE_BACKUP,
  /** Keep an image of the server's disk, billed per GB and hour while it exists. */
  TAKE_SNAPSHOT,
  /** Write one of the server's snapshots back over its disk. */
  RESTORE_SNAPSHOT,
  /** Delete one of the server's snapshots for good. */
  DELETE_SNAPSHOT,
  /** Replace the server's inbound firewall rules (none: no firewall). */
  SET_FIREWALL,
  /** Create a block storage volume in the server's region and attach it to the server. */
  CREATE_VOLUME,
  /** Attach one of the organisation's detached volumes of the server's region to it. */
  ATTACH_VOLUME,
  /** Detach a volume from the server; it keeps its data and is billed on. */
  DETACH_VOLUME,
  /** Grow one of the server's volumes. */
  RESIZE_VOLUME,
  /** Delete one of the server's volumes and its data for good. */
  DELETE_VOLUME,
  /** Give the server another public IPv4 address, billed while it has it. */
  ADD_IPV4,
  /** Release one of the server's extra IPv4 addresses; it cannot be had back. */
  REMOVE_IPV4;

  /** The name the API uses, e.g. {@code power_off}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the action destroys something the customer cannot get back. */
  public boolean destructive() {
    return this == REBUILD
        || this == DELETE
        || this == RESTORE_BACKUP
        || this == RESTORE_SNAPSHOT
        || this == DELETE_SNAPSHOT
        || this == DELETE_VOLUME
        || this == REMOVE_IPV4;
  }

  /** Whether it adds or releases one of the server's extra addresses. */
  public boolean onAddress() {
    return this == ADD_IPV4 || this == REMOVE_IPV4;
  }

  /** Whether it creates or changes one of the organisation's volumes. */
  public boolean onVolume() {
    return this == CREATE_VOLUME
        || this == ATTACH_VOLUME
        || this == DETACH_VOLUME
        || this == RESIZE_VOLUME
        || this == DELETE_VOLUME;
  }

  /** Whether a customer or staff member asks for it by name; the others follow from orders. */
  public boolean askedByName() {
    return this != CREATE && this != ENABLE_BACKUPS && this != DISABLE_BACKUPS;
  }

  /** The action by its wire name, exactly as written: {@code "REBOOT "} is no action. */
  public static ServerActionType parse(String wireName) {
    return Arrays.stream(values())
        .filter(type -> type.askedByName() && type.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(
            () ->
                BrandcloudException.invalid(
                    "type",
                    "type is one of "
                        + Arrays.stream(values())
                            .filter(ServerActionType::askedByName)
                            .map(ServerActionType::wireName)
                            .collect(Collectors.joining(", "))));
  }
}
