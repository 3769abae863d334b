package io.brandcloud.provisioning.servers.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.catalog.domain.HourlyRate;
import io.brandcloud.fraud.application.FraudScreening;
import io.brandcloud.fraud.application.FraudScreening.Screened;
import io.brandcloud.provisioning.actions.application.RootPasswords;
import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.actions.application.ServerCommandChecks;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.addresses.application.AddressRequests;
import io.brandcloud.provisioning.apps.domain.App;
import io.brandcloud.provisioning.apps.domain.AppRepository;
import io.brandcloud.provisioning.firewalls.domain.FirewallPreset;
import io.brandcloud.provisioning.firewalls.domain.FirewallPresetRepository;
import io.brandcloud.provisioning.keys.application.SshKeys;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.servers.domain.CustomerBalances;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.provisioning.servers.domain.UserData;
import io.brandcloud.provisioning.snapshots.domain.SnapshotRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlainText;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Organisations' servers in the current tenant. */
@Stateless
public class Servers {

  private static final Pattern HOSTNAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  @Inject ServerRepository servers;
  @Inject FirewallPresetRepository firewallPresets;
  @Inject AppRepository apps;
  @Inject MemberAccess members;
  @EJB PlanCatalog catalog;
  @Inject CustomerBalances balances;
  @Inject ServerQuotas quotas;
  @Inject ServerOffers offers;
  @EJB ProviderConnections connections;
  @Inject AddressRequests addressRequests;
  @EJB ServerActions actions;
  @Inject ServerCommandChecks checks;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject RecentServerPages recentPages;
  @Inject RootPasswords passwords;
  @Inject ServerTermination termination;
  @EJB SshKeys sshKeys;
  @Inject SnapshotRepository snapshots;
  @Resource TransactionSynchronizationRegistry transactions;
  @EJB FraudScreening screening;

  /**
   * Orders a server: it is saved as pending with a create action that the worker carries out once
   * this transaction commits. The wallet must cover at least the first hour.
   */
  public ServerView create(
      long organisationId, long planId, String hostname, String region, String image) {
    return create(organisationId, planId, hostname, region, image, false);
  }

  /** Orders a server, with the plan's backup add-on if {@code backup}. */
  public ServerView create(
      long organisationId,
      long planId,
      String hostname,
      String region,
      String image,
      boolean backup) {
    return create(organisationId, planId, hostname, region, image, ServerExtras.withBackup(backup));
  }

  /** Orders a server with what the order adds to it: see {@link ServerExtras}. */
  public ServerView create(
      long organisationId,
      long planId,
      String hostname,
      String region,
      String image,
      ServerExtras extras) {
    members.require(organisationId, Permission.SERVERS_CREATE);
    return order(organisationId, planId, hostname, region, image, extras, null);
  }

  /**
   * Orders a server built from one of the organisation's snapshots ({@code snapshotId}, its id at
   * the provider): on a plan of the same provider connection as the server that keeps it, in that
   * server's region and running its image; where the provider builds from snapshots.
   */
  public ServerView createFromSnapshot(
      long organisationId, long planId, String hostname, String snapshotId, ServerExtras extras) {
    members.require(organisationId, Permission.SERVERS_CREATE);
    if (snapshotId == null || snapshotId.isBlank()) {
      throw BrandcloudException.invalid("snapshotId", "snapshotId is required");
    }
    Server source =
        snapshots
            .serverKeeping(organisationId, snapshotId)
            .flatMap(servers::find)
            .orElseThrow(
                () ->
                    BrandcloudException.invalid(
                        "snapshotId",
                        "No server of yours keeps a snapshot '"
                            + PlainText.cut(snapshotId, 100)
                            + "'"));
    PlanView plan = offers.planOnSale(planId);
    if (plan.connectionId() != source.connectionId()) {
      throw BrandcloudException.invalid(
          "planId", "The snapshot is kept by another provider connection than " + plan.name());
    }
    if (!connections.buildsFromSnapshots(plan.connectionId())) {
      throw new BrandcloudException(
          ErrorCode.ACTION_NOT_OFFERED,
          "The provider of " + plan.name(),
          "building from a snapshot");
    }
    return order(
        organisationId, planId, hostname, source.region(), source.image(), extras, snapshotId);
  }

  private ServerView order(
      long organisationId,
      long planId,
      String hostname,
      String region,
      String image,
      ServerExtras extras,
      String fromSnapshot) {
    String host = requireHostname(hostname);
    Optional<App> app = appOf(extras);
    String cloudInit =
        app.isPresent()
            ? app.get().userData(extras.appFields())
            : UserData.require(extras.userData());
    List<String> keys = sshKeys.forServer(organisationId, extras.sshKeyIds());
    PlanView plan = offers.planOnSale(planId);
    boolean backup = extras.backup();
    requireBackupsOffered(plan, backup);
    Optional<FirewallPreset> firewall = firewallFor(plan, extras.firewallPresetId());
    int extraIpv4 = addressRequests.requireOrderable(plan.connectionId(), extras.extraIpv4());
    if (cloudInit != null && !connections.takesUserData(plan.connectionId())) {
      throw new BrandcloudException(
          ErrorCode.ACTION_NOT_OFFERED, "The provider of " + plan.name(), "user data");
    }
    // the add-on's share is billed once the provider confirms backups are on; the first hour
    // must be covered as if it were
    Money price =
        plan.hourlyPriceFor(backup)
            .plus(
                new Money(addressRequests.hourlyPriceOf(extraIpv4), plan.hourlyPrice().currency()));
    ServerSpec spec = new ServerSpec(host, plan.providerPlanCode(), region, image);
    offers.requireOffered(plan.connectionId(), spec);
    // before the balance: topping up does not help an account that waits for review
    Screened screened =
        screening.screenOrder(organisationId, price.times(HourlyRate.HOURS_PER_MONTH));
    Money balance = balances.balanceOf(organisationId);
    if (balance.compareTo(price) < 0) {
      throw new BrandcloudException(
          ErrorCode.INSUFFICIENT_FUNDS,
          balance.display(),
          "the first hour (" + price.display() + ")");
    }
    quotas.requireRoomFor(organisationId, price);
    Server server =
        new Server(
            organisationId,
            planId,
            plan.connectionId(),
            spec,
            plan.hourlyPriceFor(false).amount(),
            clock.now());
    server.withBackup(backup);
    if (screened.held()) {
      server.holdForReview();
    }
    servers.add(server);
    screening.holdsServer(screened, server.id(), host + " on " + plan.name());
    actions.request(
        server,
        ServerActionType.CREATE,
        fromSnapshot,
        passwords.choose(),
        keys,
        cloudInit,
        fromSnapshot == null ? "ordered" : "ordered from a snapshot");
    if (backup) {
      actions.request(server, ServerActionType.ENABLE_BACKUPS, null, null, "ordered with backups");
    }
    firewall.ifPresent(
        preset ->
            actions.request(
                server,
                ServerActionType.SET_FIREWALL,
                preset.rules().text(),
                null,
                "ordered with the firewall preset " + preset.name()));
    for (int added = 0; added < extraIpv4; added++) {
      actions.request(
          server,
          ServerActionType.ADD_IPV4,
          addressRequests.parameter(server, ServerActionType.ADD_IPV4, null),
          null,
          "ordered with extra IPv4 addresses");
    }
    audit.record(
        null,
        "server.created",
        "server " + server.id(),
        host
            + " on plan "
            + plan.name()
            + (backup ? " with backups" : "")
            + (keys.isEmpty() ? "" : " with " + keys.size() + " SSH key(s)")
            + (cloudInit == null ? "" : " with user data")
            + app.map(a -> " from the app " + a.name()).orElse("")
            + firewall.map(f -> " with the firewall preset " + f.name()).orElse("")
            + (extraIpv4 == 0 ? "" : " with " + extraIpv4 + " extra IPv4 address(es)")
            + (fromSnapshot == null ? "" : " from snapshot " + fromSnapshot)
            + (screened.held() ? ", held for fraud review" : ""));
    return view(server);
  }

  public List<ServerView> ofOrganisation(long organisationId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return servers.ofOrganisation(organisationId).stream().map(this::view).toList();
  }

  /**
   * Runs in the caller's transaction if there is one, else in none: a read needs no commit, and a
   * customer's API polls this list more than anything else, so outside a transaction the page comes
   * from {@link RecentServerPages} until the organisation's servers change. Inside one it is read
   * afresh, so a transaction sees its own changes.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<ServerView> ofOrganisation(long organisationId, PageRequest page) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
      return servers.ofOrganisation(organisationId, page).map(this::view);
    }
    return recentPages.of(
        CurrentTenant.require(),
        organisationId,
        page,
        () -> servers.ofOrganisation(organisationId, page).map(this::view));
  }

  /**
   * The organisation's servers that are not deleted, as its dashboard shows them: a server deleted
   * leaves it (the invoices keep its hours).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<ServerView> notDeletedOfOrganisation(long organisationId, PageRequest page) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return servers.notDeletedOfOrganisation(organisationId, page).map(this::view);
  }

  /** One of the customer's servers; any other id, including another tenant's, is "not found". */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ServerView ofOrganisation(long organisationId, long serverId) {
    members.require(organisationId, Permission.SERVERS_VIEW);
    return servers
        .find(serverId)
        .filter(s -> s.organisationId() == organisationId)
        .map(this::view)
        .orElseThrow(() -> BrandcloudException.notFound("Server " + serverId));
  }

  /** How many of the tenant's servers run now, for its staff. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long running() {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return servers.countInStatus(ServerStatus.RUNNING);
  }

  /** A page of the tenant's servers, newest first, for its staff. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<ServerView> all(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return servers.all(page).map(this::view);
  }

  /**
   * Switches the backup add-on on or off. On: the provider is asked to switch backups on, and the
   * add-on is billed from the next full hour after it confirmed. Off: billing stops from the next
   * full hour, and the provider is asked to switch them off.
   */
  public ServerView setBackup(long organisationId, long serverId, boolean enabled) {
    members.require(organisationId, Permission.SERVERS_MANAGE);
    Server server =
        servers
            .findForUpdate(serverId)
            .filter(s -> s.organisationId() == organisationId)
            .filter(s -> s.status() != ServerStatus.TERMINATED)
            .orElseThrow(() -> BrandcloudException.notFound("Server " + serverId));
    if (server.subscriptionId().isPresent()) {
      // hourly charging leaves a subscription's server alone: its backups would never be billed
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "This server is paid for by its subscription: backups for it are not sold by the hour");
    }
    PlanView plan = catalog.find(server.planId()).orElseThrow();
    if (enabled == server.backup()) {
      return view(server);
    }
    if (enabled) {
      requireBackupsOffered(plan, true);
    }
    boolean asksProvider = connections.offersBackups(plan.connectionId());
    if (asksProvider) {
      // switching back and forth asks the provider each time: no storms, as for any action
      checks.requireNoStorm(server);
    }
    server.withBackup(enabled);
    reprice(server, plan, clock.now());
    if (asksProvider) {
      actions.request(
          server,
          enabled ? ServerActionType.ENABLE_BACKUPS : ServerActionType.DISABLE_BACKUPS,
          null,
          null,
          enabled ? "backups asked for" : "backups ended");
    }
    audit.record(
        null,
        enabled ? "server.backup_on" : "server.backup_off",
        "server " + serverId,
        server.hostname());
    return view(server);
  }

  /**
   * Brings the backup add-on in line with what the provider said of the server's backups, so that
   * it is billed only while they are on there: billed but off there, billing stops from the next
   * hour and the provider is asked again; wanted and on there unconfirmed (an answer lost), billing
   * starts from the next hour; on there but not wanted, the provider is asked to switch them off. A
   * list older than the provider's last confirmation ({@code listedAt}) is not acted on. Answers
   * what was done, for the reconciliation's findings.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Optional<String> backupsAtProvider(long serverId, boolean on, Instant listedAt) {
    CurrentCaller.requirePrivileged();
    Server server = servers.findForUpdate(serverId).orElseThrow();
    if (server.status() == ServerStatus.TERMINATED
        || server.subscriptionId().isPresent()
        || server.backupConfirmedAt().filter(listedAt::isBefore).isPresent()) {
      return Optional.empty();
    }
    PlanView plan = catalog.find(server.planId()).orElseThrow();
    Instant now = clock.now();
    if (server.billsBackup() && !on) {
      server.backupsLapsed();
      reprice(server, plan, now);
      actions.request(server, ServerActionType.ENABLE_BACKUPS, "backups off at the provider");
      return Optional.of("has no backups on at the provider: not billed for them until they are");
    }
    if (server.backup() && !server.billsBackup() && on) {
      server.backupsConfirmed(now);
      reprice(server, plan, now);
      return Optional.of("has backups on at the provider: billed for them from the next hour");
    }
    if (!server.backup() && on) {
      actions.request(
          server, ServerActionType.DISABLE_BACKUPS, "backups on at the provider, not ordered");
      return Optional.of("has backups on at the provider without the add-on: switched off");
    }
    return Optional.empty();
  }

  /**
   * Servers on a plan whose prices changed at {@code repricedAt} pay the new price from the next
   * full hour after it.
   */
  public void repriceOnPlan(long planId, Instant repricedAt) {
    PlanView plan = catalog.find(planId).orElseThrow();
    servers.onPlanForUpdate(planId).forEach(s -> reprice(s, plan, repricedAt));
  }

  private void reprice(Server server, PlanView plan, Instant now) {
    server.reprice(
        plan.hourlyPriceFor(server.billsBackup()).amount(),
        now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)),
        now);
  }

  /** A host name as servers take it: 1 to 63 lower-case letters, digits or inner hyphens. */
  public static String requireHostname(String hostname) {
    String host = hostname == null ? "" : hostname.strip().toLowerCase(Locale.ROOT);
    if (!HOSTNAME.matcher(host).matches()) {
      throw BrandcloudException.invalid(
          "hostname", "A host name has 1 to 63 letters, digits or inner hyphens");
    }
    return host;
  }

  /** The one-click app the order chose, if any: its template stands in for the user data. */
  private Optional<App> appOf(ServerExtras extras) {
    if (extras.appId() == null) {
      if (!extras.appFields().isEmpty()) {
        throw BrandcloudException.invalid("appFields", "appFields answer the app named by appId");
      }
      return Optional.empty();
    }
    if (UserData.require(extras.userData()) != null) {
      throw BrandcloudException.invalid(
          "userData", "Choose an app or give your own user data, not both");
    }
    return Optional.of(
        apps.find(extras.appId())
            .orElseThrow(() -> BrandcloudException.notFound("App " + extras.appId())));
  }

  /** The preset whose rules the new server gets once built, where its provider has firewalls. */
  private Optional<FirewallPreset> firewallFor(PlanView plan, Long presetId) {
    if (presetId == null) {
      return Optional.empty();
    }
    FirewallPreset preset =
        firewallPresets
            .find(presetId)
            .orElseThrow(() -> BrandcloudException.notFound("Firewall preset " + presetId));
    if (!connections.offersFirewalls(plan.connectionId())) {
      throw new BrandcloudException(
          ErrorCode.ACTION_NOT_OFFERED, "The provider of " + plan.name(), "firewalls");
    }
    return Optional.of(preset);
  }

  private void requireBackupsOffered(PlanView plan, boolean backup) {
    if (!backup) {
      return;
    }
    if (plan.backupMonthlyPrice() == null) {
      throw BrandcloudException.invalid("backup", "The plan " + plan.name() + " offers no backups");
    }
    if (!connections.offersBackups(plan.connectionId())) {
      throw new BrandcloudException(
          ErrorCode.ACTION_NOT_OFFERED, "The provider of " + plan.name(), "backups");
    }
  }

  /**
   * Takes a backup add-on that no provider ever switched on out of a server's price at once (its
   * plan's price without the add-on), unless the provider has confirmed backups since. Where the
   * provider can switch them on, the request stays and the provider is asked, so the add-on is
   * billed once it is there; elsewhere the request ends.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void takeOffUnconfirmedBackup(long serverId) {
    CurrentCaller.requirePrivileged();
    Server server = servers.findForUpdate(serverId).orElseThrow();
    if (server.backupConfirmedAt().isPresent()) {
      return;
    }
    PlanView plan = catalog.find(server.planId()).orElseThrow();
    server.pricedWithoutUnconfirmedBackup(plan.hourlyPriceFor(false).amount());
    if (!server.backup() || server.status() == ServerStatus.TERMINATED) {
      return;
    }
    if (connections.offersBackups(server.connectionId())) {
      actions.request(server, ServerActionType.ENABLE_BACKUPS, null, null, "backups not yet on");
    } else {
      server.withBackup(false);
      audit.record(null, "server.backup_off", "server " + serverId, "its provider has no backups");
    }
  }

  /** Whether a server on the plan can be given cloud-init user data: its provider takes some. */
  public boolean userDataTaken(PlanView plan) {
    return connections.takesUserData(plan.connectionId());
  }

  /** Whether the plan's backup add-on can be ordered: priced, and its provider has backups. */
  public boolean backupsOffered(PlanView plan) {
    return plan.backupMonthlyPrice() != null && connections.offersBackups(plan.connectionId());
  }

  /**
   * Suspends the organisation's running and stopped servers for debt: they stop being billed now,
   * and the provider is asked to stop them. Returns their host names.
   */
  public List<String> suspendForDebt(long organisationId) {
    Instant now = clock.now();
    return Stream.concat(
            servers.inStatusForUpdate(organisationId, ServerStatus.RUNNING).stream(),
            servers.inStatusForUpdate(organisationId, ServerStatus.STOPPED).stream())
        .peek(
            s -> {
              s.suspend(now, Server.Suspension.DEBT);
              actions.request(s, ServerActionType.SUSPEND, "unpaid balance");
            })
        .map(Server::hostname)
        .toList();
  }

  /**
   * Asks the provider to start the organisation's suspended servers again; each runs (and is
   * billed) again once its provider confirms. Returns their host names.
   */
  public List<String> resumeAfterPayment(long organisationId) {
    return servers.inStatusForUpdate(organisationId, ServerStatus.SUSPENDED).stream()
        .filter(s -> s.suspension().orElse(null) == Server.Suspension.DEBT)
        .peek(s -> actions.request(s, ServerActionType.UNSUSPEND, "balance paid"))
        .map(Server::hostname)
        .toList();
  }

  /** Terminates servers suspended before {@code cutoff} and asks their provider to delete them. */
  public List<ServerView> terminateSuspendedBefore(Instant cutoff) {
    return servers.suspendedBeforeForUpdate(cutoff).stream()
        .peek(
            s -> {
              termination.terminate(s);
              actions.request(s, ServerActionType.DELETE, "suspended past the retention period");
            })
        .map(this::view)
        .toList();
  }

  private ServerView view(Server server) {
    return ServerView.of(server, CurrentTenant.require().currency());
  }
}
