package io.brandcloud.provisioning.providers.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderCatalog;
import io.brandcloud.provisioning.providers.domain.ProviderConnection;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.TenantSecrets;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The short transactions around calls to a connection's provider: reading how to reach it (the
 * token opened only for the call) and keeping what the provider answered. None calls the provider.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConnectionSteps {

  private static final int MAX_ERROR = 500;

  @Inject ProviderConnectionRepository connections;
  @Inject ProviderCatalog catalog;
  @Inject CloudProviders providers;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public ProviderAccount account(long connectionId) {
    return accountOf(find(connectionId));
  }

  public ProviderType typeOf(long connectionId) {
    return find(connectionId).type();
  }

  /** Keeps the outcome of a check: {@code problem} is null when the connection works. */
  public ProviderConnections.ConnectionView checked(
      long connectionId, String problem, String actor) {
    ProviderConnection connection = find(connectionId);
    connection.checked(clock.now(), PlainText.cut(problem, MAX_ERROR));
    audit.record(
        actor,
        "connection.checked",
        "connection " + connectionId,
        problem == null ? "works" : PlainText.cut(problem, MAX_ERROR));
    return ProviderConnections.ConnectionView.of(connection, providers.of(connection.type()));
  }

  /** Keeps what a sync found; the connection answered, so it counts as checked too. */
  public ProviderConnections.ConnectionView synced(
      long connectionId, List<CatalogEntry> found, String actor) {
    ProviderConnection connection = find(connectionId);
    catalog.replace(connectionId, found, clock.now());
    connection.synced(clock.now());
    connection.checked(clock.now(), null);
    audit.record(
        actor, "connection.synced", "connection " + connectionId, found.size() + " entries");
    return ProviderConnections.ConnectionView.of(connection, providers.of(connection.type()));
  }

  /** How to reach a connection, with its token opened; for one provider call, never kept. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public ProviderAccount accountOf(ProviderConnection connection) {
    String token =
        connection
            .sealedToken()
            .map(locked -> TenantSecrets.open(locked, purpose(connection.id())))
            .orElse(null);
    String apiUrl =
        connection.apiUrl() != null ? connection.apiUrl() : connection.type().defaultApiUrl();
    return new ProviderAccount(
        connection.id(), apiUrl, token, tenantTag(), connection.backupPlan().orElse(null));
  }

  /** Seals a connection's token; the sealed bytes open only for this tenant and connection. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public byte[] seal(long connectionId, String token) {
    return TenantSecrets.seal(token, purpose(connectionId));
  }

  /** The tag every upstream server of this tenant carries, e.g. {@code bc-t12}. */
  static String tenantTag() {
    return "bc-t" + CurrentTenant.require().tenantId();
  }

  private static String purpose(long connectionId) {
    return "provider-token:" + connectionId;
  }

  private ProviderConnection find(long connectionId) {
    return connections
        .find(connectionId)
        .orElseThrow(() -> BrandcloudException.notFound("Provider connection " + connectionId));
  }
}
