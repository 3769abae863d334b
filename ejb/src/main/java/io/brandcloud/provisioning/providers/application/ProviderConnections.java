package io.brandcloud.provisioning.providers.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderCatalog;
import io.brandcloud.provisioning.providers.domain.ProviderConnection;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The current tenant's upstream cloud accounts and what each offers. Testing a connection and
 * syncing its catalog call the provider, so they run with no transaction open and keep what they
 * found in short transactions of {@link ConnectionSteps}.
 */
@Stateless
public class ProviderConnections {

  @Inject ProviderConnectionRepository connections;
  @Inject ProviderCatalog catalog;
  @Inject CloudProviders providers;
  @EJB ConnectionSteps records;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /** Adds a simulator connection (the demo's and the tests'). */
  public ConnectionView add(String name, String type) {
    return add(name, type, null, null);
  }

  /**
   * Adds a connection; its token is sealed at once. A simulator's catalog is there at once, a real
   * provider's after a {@link #sync}.
   */
  public ConnectionView add(String name, String type, String apiUrl, String token) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    String connectionName = Validation.requireText("name", name, 120);
    ProviderType providerType = parseType(type);
    if (connections.nameTaken(connectionName)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "A connection named '" + connectionName + "' exists already");
    }
    ProviderConnection connection =
        new ProviderConnection(
            connectionName,
            providerType,
            ConnectionSettings.apiUrl(providerType, apiUrl),
            clock.now());
    connections.add(connection);
    if (providerType.needsToken()) {
      connection.sealToken(records.seal(connection.id(), ConnectionSettings.requireToken(token)));
    }
    if (providerType == ProviderType.SIMULATOR) {
      syncLocally(connection);
    }
    audit.record(
        null,
        "connection.created",
        "connection " + connection.id(),
        connectionName + " (" + providerType + ")");
    return ConnectionView.of(connection, providers.of(providerType));
  }

  /** Renames, re-points, replaces the token of, retires or re-offers a connection; null keeps. */
  public ConnectionView change(
      long connectionId, String name, String apiUrl, String token, Boolean active, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    ProviderConnection connection = find(connectionId);
    if (name != null) {
      String newName = Validation.requireText("name", name, 120);
      if (!newName.equals(connection.name()) && connections.nameTaken(newName)) {
        throw new BrandcloudException(
            ErrorCode.CONFLICT, "A connection named '" + newName + "' exists already");
      }
      connection.rename(newName);
    }
    if (apiUrl != null) {
      String address = ConnectionSettings.apiUrl(connection.type(), apiUrl);
      if (!Objects.equals(address, connection.apiUrl())
          && connection.type().needsToken()
          && token == null) {
        // the sealed token was given for the old address: it is never sent to a new one unasked
        throw BrandcloudException.invalid(
            "token", "A new address needs the token again, given with it");
      }
      connection.pointTo(address);
    }
    if (token != null && connection.type().needsToken()) {
      connection.sealToken(records.seal(connection.id(), ConnectionSettings.requireToken(token)));
      connection.checked(null, null);
    }
    if (active != null) {
      connection.offer(active);
    }
    audit.record(
        actor,
        "connection.changed",
        "connection " + connectionId,
        (name != null ? "name " : "")
            + (apiUrl != null ? "address " : "")
            + (token != null ? "token " : "")
            + (active == null ? "" : active ? "offered" : "retired"));
    return ConnectionView.of(connection, providers.of(connection.type()));
  }

  public List<ConnectionView> all() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return connections.all().stream()
        .map(c -> ConnectionView.of(c, providers.of(c.type())))
        .toList();
  }

  public ConnectionView view(long connectionId) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    ProviderConnection connection = find(connectionId);
    return ConnectionView.of(connection, providers.of(connection.type()));
  }

  /** Asks the provider whether the connection works; the answer is kept on the connection. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ConnectionView check(long connectionId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    ProviderAccount account = records.account(connectionId);
    CloudProvider provider = providers.of(records.typeOf(connectionId));
    String problem = null;
    try {
      provider.check(account);
    } catch (ProviderException e) {
      problem = e.getMessage();
    }
    return records.checked(connectionId, problem, actor);
  }

  /**
   * Reads the provider's plans, regions and images into the connection's catalog; new regions and
   * images are offered, the reseller's choices are kept. Fails with what the provider said.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ConnectionView sync(long connectionId, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    ProviderAccount account = records.account(connectionId);
    CloudProvider provider = providers.of(records.typeOf(connectionId));
    List<CatalogEntry> found;
    try {
      found = CatalogEntries.of(connectionId, provider, account);
    } catch (ProviderException e) {
      records.checked(connectionId, e.getMessage(), actor);
      throw new BrandcloudException(ErrorCode.PROVIDER_FAILED, e.getMessage());
    }
    return records.synced(connectionId, found, actor);
  }

  /** The provider plans of a connection that the last sync found. */
  public List<CatalogEntry> plans(long connectionId) {
    return catalogOf(connectionId, Kind.PLAN).stream().filter(CatalogEntry::available).toList();
  }

  /** The regions the reseller offers on a connection. */
  public List<String> regions(long connectionId) {
    return offered(connectionId, Kind.REGION);
  }

  /** The images the reseller offers on a connection. */
  public List<String> images(long connectionId) {
    return offered(connectionId, Kind.IMAGE);
  }

  /** The regions or images the reseller offers on a connection, with the provider's names. */
  public List<CatalogEntry> offeredEntries(long connectionId, Kind kind) {
    return catalogOf(connectionId, kind).stream()
        .filter(e -> e.offered() && e.available())
        .toList();
  }

  /**
   * What the connection's provider calls its plans, regions or images, by code, so that people see
   * "Amsterdam" where a server's row says {@code sim-ams1}.
   */
  public Map<String, String> names(long connectionId, Kind kind) {
    return catalogOf(connectionId, kind).stream()
        .filter(e -> e.name() != null && !e.name().isBlank())
        .collect(Collectors.toMap(CatalogEntry::code, CatalogEntry::name, (first, same) -> first));
  }

  public boolean offers(long connectionId, Kind kind, String code) {
    return catalog.offers(connectionId, kind, code);
  }

  /** Everything of one kind the connection's provider offers, for staff to choose from. */
  public List<CatalogEntry> entries(long connectionId, Kind kind) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return catalogOf(connectionId, kind);
  }

  private List<CatalogEntry> catalogOf(long connectionId, Kind kind) {
    ProviderConnection connection = find(connectionId);
    if (connection.syncedAt() == null && connection.type() == ProviderType.SIMULATOR) {
      syncLocally(connection);
    }
    return catalog.of(connectionId, kind);
  }

  /** Offers a region or image to customers, or stops offering it (servers on it run on). */
  public void offer(long connectionId, Kind kind, String code, boolean offered, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    if (kind == Kind.PLAN) {
      throw BrandcloudException.invalid("kind", "Plans are offered by selling them as plans");
    }
    requireEntry(connectionId, kind, code);
    catalog.offer(connectionId, kind, code, offered);
    audit.record(
        actor,
        offered ? "catalog.offered" : "catalog.withdrawn",
        "connection " + connectionId,
        kind.name().toLowerCase(Locale.ROOT) + " " + code);
  }

  /** What a provider plan costs a month in the tenant's currency, where the provider lists none. */
  public void setCost(long connectionId, String planCode, BigDecimal monthlyCost, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    requireEntry(connectionId, Kind.PLAN, planCode);
    BigDecimal cost = Validation.requireAmount("monthlyCost", monthlyCost, currency());
    catalog.setCost(connectionId, planCode, cost, currency().getCurrencyCode());
    audit.record(actor, "catalog.cost", "connection " + connectionId, planCode + " " + cost);
  }

  /** The type of one of the current tenant's connections. */
  public ProviderType typeOf(long connectionId) {
    return find(connectionId).type();
  }

  public boolean active(long connectionId) {
    return find(connectionId).active();
  }

  /**
   * Whether the connection's provider can switch backups on and off, so that the backup add-on of
   * its plans is really there; where not, the add-on is not offered.
   */
  public boolean offersBackups(long connectionId) {
    ProviderConnection connection = find(connectionId);
    return providers.of(connection.type()).offersBackups(connection.backupPlan().orElse(null));
  }

  /**
   * Names the provider's backup plan the connection's servers' backups are switched to (VirtFusion:
   * a backup plan's id); blank or null names none, and the backup add-on is offered no more.
   */
  public ConnectionView useBackupPlan(long connectionId, String plan, String actor) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    ProviderConnection connection = find(connectionId);
    CloudProvider provider = providers.of(connection.type());
    if (!provider.backupsNeedAPlan()) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          provider.type().displayName() + " switches backups on without a backup plan");
    }
    String named = plan == null || plan.isBlank() ? null : plan.strip();
    if (named != null && !named.matches("[1-9][0-9]{0,8}")) {
      throw BrandcloudException.invalid(
          "backupPlan", "backupPlan is the number of a backup plan, e.g. 3");
    }
    if (named == null
        && connection.backupPlan().isPresent()
        && connections.backupsInUse(connectionId)) {
      // the panel asks the provider to switch a server's backups off only while a plan is named
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "Servers on this connection have backups on; name another plan, or switch their backups"
              + " off first");
    }
    connection.useBackupPlan(named);
    audit.record(
        actor,
        "connection.backup_plan",
        "connection " + connectionId,
        named == null ? "none" : "plan " + named);
    return ConnectionView.of(connection, provider);
  }

  /** Whether the connection's provider gives a new server the customer's cloud-init user data. */
  public boolean takesUserData(long connectionId) {
    return providers.of(find(connectionId).type()).takesUserData();
  }

  /** Whether the connection's provider applies firewall rules to its servers. */
  public boolean offersFirewalls(long connectionId) {
    return providers.of(find(connectionId).type()).offersFirewalls();
  }

  /** Whether the connection's provider adds extra IPv4 addresses to its servers. */
  public boolean offersExtraIpv4(long connectionId) {
    return providers.of(find(connectionId).type()).offersExtraIpv4();
  }

  /** The most extra IPv4 addresses the connection's provider gives one server. */
  public int maxExtraIpv4(long connectionId) {
    return providers.of(find(connectionId).type()).maxExtraIpv4();
  }

  /** Whether the connection's provider builds a new server from a snapshot. */
  public boolean buildsFromSnapshots(long connectionId) {
    return providers.of(find(connectionId).type()).buildsFromSnapshots();
  }

  private List<String> offered(long connectionId, Kind kind) {
    return catalogOf(connectionId, kind).stream()
        .filter(e -> e.offered() && e.available())
        .map(CatalogEntry::code)
        .toList();
  }

  private void syncLocally(ProviderConnection connection) {
    CloudProvider simulator = providers.of(ProviderType.SIMULATOR);
    catalog.replace(
        connection.id(),
        CatalogEntries.of(connection.id(), simulator, records.accountOf(connection)),
        clock.now());
    connection.synced(clock.now());
  }

  private void requireEntry(long connectionId, Kind kind, String code) {
    if (catalog.find(connectionId, kind, code).isEmpty()) {
      throw BrandcloudException.notFound(
          "The " + kind.name().toLowerCase(Locale.ROOT) + " " + code + " of this connection");
    }
  }

  private ProviderConnection find(long connectionId) {
    return connections
        .find(connectionId)
        .orElseThrow(() -> BrandcloudException.notFound("Provider connection " + connectionId));
  }

  private static java.util.Currency currency() {
    return CurrentTenant.require().currency();
  }

  private static ProviderType parseType(String type) {
    try {
      return ProviderType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BrandcloudException(ErrorCode.PROVIDER_TYPE_UNKNOWN, type);
    }
  }

  /** A connection as staff see it; never its token. */
  public record ConnectionView(
      long id,
      String name,
      String type,
      String apiUrl,
      boolean hasToken,
      boolean active,
      Instant checkedAt,
      String checkError,
      Instant syncedAt,
      List<String> actions,
      boolean needsBackupPlan,
      String backupPlan) {
    static ConnectionView of(ProviderConnection connection, CloudProvider provider) {
      return new ConnectionView(
          connection.id(),
          connection.name(),
          connection.type().name(),
          connection.apiUrl(),
          connection.sealedToken().isPresent(),
          connection.active(),
          connection.checkedAt(),
          connection.checkError(),
          connection.syncedAt(),
          provider.actions().stream()
              .filter(ServerActionType::askedByName)
              .sorted()
              .map(a -> a.wireName())
              .toList(),
          provider.backupsNeedAPlan(),
          connection.backupPlan().orElse(null));
    }

    public boolean working() {
      return checkedAt != null && checkError == null;
    }
  }
}
