package io.brandcloud.provisioning.actions.application;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.actions.domain.ServerActionQueue;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.addresses.application.AddressRequests;
import io.brandcloud.provisioning.backups.domain.BackupListRepository;
import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.servers.domain.ReverseDnsName;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.provisioning.snapshots.domain.SnapshotRepository;
import io.brandcloud.provisioning.volumes.application.VolumeRequests;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.PlainText;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Whether a server may take an action now, and the action's parameter checked. */
@ApplicationScoped
public class ServerCommandChecks {

  private static final Set<ServerStatus> UP =
      EnumSet.of(ServerStatus.RUNNING, ServerStatus.STOPPED);

  static final int MAX_ASKED = 10;
  static final Duration WINDOW = Duration.ofMinutes(10);
  static final int MAX_WAITING = 3;
  private static final DateTimeFormatter SNAPSHOT_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

  @EJB PlanCatalog catalog;
  @EJB ProviderConnections connections;
  @Inject ServerActionQueue queue;
  @Inject BackupListRepository backups;
  @Inject SnapshotRepository snapshots;
  @Inject VolumeRequests volumes;
  @Inject AddressRequests addresses;
  @Inject ApplicationClock clock;

  /** No reboot storms: a few actions may wait, and only so many may be asked in a while. */
  public void requireNoStorm(Server server) {
    int waiting = queue.unfinishedOf(server.id());
    if (waiting >= MAX_WAITING) {
      throw new BrandcloudException(ErrorCode.SERVER_BUSY, waiting);
    }
    int asked = queue.askedWithin(server.id(), WINDOW);
    if (asked >= MAX_ASKED) {
      long retryAfter = WINDOW.toSeconds() / MAX_ASKED;
      throw new BrandcloudException(
          ErrorCode.TOO_MANY_SERVER_ACTIONS,
          Map.of(BrandcloudException.RETRY_AFTER_SECONDS, retryAfter),
          asked,
          WINDOW.toMinutes(),
          retryAfter);
    }
  }

  /** Refuses an action the server's state does not allow, saying what it would need. */
  public void requireState(Server server, ServerActionType type, CloudProvider provider) {
    Set<ServerStatus> allowed =
        switch (type) {
          case START -> EnumSet.of(ServerStatus.STOPPED);
          case SHUTDOWN, POWER_OFF, REBOOT -> EnumSet.of(ServerStatus.RUNNING);
          case REBUILD,
                  RESET_PASSWORD,
                  RENAME,
                  SET_REVERSE_DNS,
                  RESIZE,
                  SUSPEND,
                  RESTORE_BACKUP,
                  TAKE_BACKUP,
                  TAKE_SNAPSHOT,
                  RESTORE_SNAPSHOT,
                  SET_FIREWALL,
                  CREATE_VOLUME,
                  ATTACH_VOLUME,
                  DETACH_VOLUME,
                  RESIZE_VOLUME,
                  ADD_IPV4 ->
              provider.needStopped().contains(type) ? EnumSet.of(ServerStatus.STOPPED) : UP;
          case UNSUSPEND -> EnumSet.of(ServerStatus.SUSPENDED);
          case DELETE,
                  ENABLE_BACKUPS,
                  DISABLE_BACKUPS,
                  DELETE_SNAPSHOT,
                  DELETE_VOLUME,
                  REMOVE_IPV4 ->
              EnumSet.complementOf(EnumSet.of(ServerStatus.TERMINATED));
          case CREATE -> EnumSet.noneOf(ServerStatus.class);
        };
    if (!allowed.contains(server.status())) {
      throw new BrandcloudException(
          ErrorCode.SERVER_STATE,
          "The server is "
              + name(server.status())
              + "; "
              + type.wireName().replace('_', ' ')
              + " needs it "
              + String.join(" or ", allowed.stream().map(ServerCommandChecks::name).toList()));
    }
  }

  /** The action's parameter as people name it, for the audit log: another plan by its name. */
  public String named(ServerActionType type, String parameter) {
    if (type == ServerActionType.RESIZE
        && parameter != null
        && parameter.chars().allMatch(Character::isDigit)) {
      return catalog.find(Long.parseLong(parameter)).map(PlanView::name).orElse(parameter);
    }
    return parameter;
  }

  /**
   * The action's one parameter, checked: an offered image, another active plan, a host name, a
   * volume, an extra address.
   */
  public String parameter(Server server, ServerCommand command) {
    return switch (command.type()) {
      case REBUILD -> image(server, command.image());
      case RESIZE -> plan(server, command.planId());
      case RENAME -> Servers.requireHostname(command.hostname());
      case SET_REVERSE_DNS -> reverseDns(server, command.hostname());
      case RESTORE_BACKUP -> backup(server, command.backupId());
      case TAKE_BACKUP -> backupLabel(server);
      case TAKE_SNAPSHOT -> snapshotName(server);
      case RESTORE_SNAPSHOT, DELETE_SNAPSHOT -> snapshot(server, command.snapshotId());
      case SET_FIREWALL -> firewall(command.firewall());
      case CREATE_VOLUME, ATTACH_VOLUME, DETACH_VOLUME, RESIZE_VOLUME, DELETE_VOLUME ->
          volumes.parameter(server, command.type(), command.volume());
      case ADD_IPV4, REMOVE_IPV4 -> addresses.parameter(server, command.type(), command.address());
      default -> null;
    };
  }

  private String snapshotName(Server server) {
    if (snapshots.gbMonthPrice().isEmpty()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "Snapshots are not sold here; ask support to offer them");
    }
    return timedName(server);
  }

  /** Only once the provider has the server's backups on: the backup add-on bills them. */
  private String backupLabel(Server server) {
    if (!server.billsBackup()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "Backups are not on for this server; switch the backup add-on on first");
    }
    return timedName(server);
  }

  /**
   * The host name and the time it was taken in the tenant's time zone, as the pages show times:
   * what the customer finds a snapshot or backup by in a list.
   */
  private String timedName(Server server) {
    return server.hostname()
        + "-"
        + SNAPSHOT_TIME.format(clock.now().atZone(CurrentTenant.require().timeZone()));
  }

  /** A snapshot of this server as the provider last listed it. */
  private String snapshot(Server server, String snapshotId) {
    if (snapshotId == null || snapshotId.isBlank()) {
      throw BrandcloudException.invalid("snapshotId", "snapshotId is required");
    }
    if (!snapshots.holds(server.id(), snapshotId)) {
      throw BrandcloudException.invalid(
          "snapshotId", "The server has no snapshot '" + PlainText.cut(snapshotId, 100) + "'");
    }
    return snapshotId;
  }

  private static String firewall(FirewallRules rules) {
    if (rules == null) {
      throw BrandcloudException.invalid(
          "rules", "rules is required: the inbound rules, or none to remove the firewall");
    }
    return rules.text();
  }

  private static String reverseDns(Server server, String name) {
    String checked = ReverseDnsName.require(name);
    if (server.ipv4() == null || server.ipv4().isBlank()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "The server has no IPv4 address yet to point back to a name");
    }
    return checked;
  }

  /** A backup of this server the provider listed at the last reconciliation. */
  private String backup(Server server, String backupId) {
    if (backupId == null || backupId.isBlank()) {
      throw BrandcloudException.invalid("backupId", "backupId is required");
    }
    if (!backups.holds(server.id(), backupId)) {
      throw BrandcloudException.invalid(
          "backupId", "The server has no backup '" + PlainText.cut(backupId, 100) + "'");
    }
    return backupId;
  }

  private String image(Server server, String image) {
    String code = image == null ? "" : image.strip();
    if (!connections.offers(server.connectionId(), CatalogEntry.Kind.IMAGE, code)) {
      throw BrandcloudException.invalid("image", "Image '" + code + "' is not offered");
    }
    return code;
  }

  private String plan(Server server, Long planId) {
    if (planId == null) {
      throw BrandcloudException.invalid("planId", "planId is required");
    }
    PlanView plan =
        catalog
            .find(planId)
            .orElseThrow(() -> BrandcloudException.invalid("planId", "No such plan"));
    if (!plan.active()) {
      throw new BrandcloudException(ErrorCode.PLAN_INACTIVE, plan.name());
    }
    if (plan.connectionId() != server.connectionId()) {
      throw BrandcloudException.invalid(
          "planId", "The plan " + plan.name() + " is sold on another provider connection");
    }
    if (plan.id() == server.planId()) {
      throw BrandcloudException.invalid("planId", "The server is on " + plan.name() + " already");
    }
    return String.valueOf(plan.id());
  }

  private static String name(ServerStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
