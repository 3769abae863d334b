package io.brandcloud.provisioning.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.provisioning.domain.CloudProvider;
import io.brandcloud.provisioning.domain.ProviderConnection;
import io.brandcloud.provisioning.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.domain.ProviderPlan;
import io.brandcloud.provisioning.domain.ProviderType;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/** The current tenant's upstream cloud accounts and what each offers. */
@Stateless
public class ProviderConnections {

  @Inject ProviderConnectionRepository connections;
  @Inject CloudProviders providers;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public ConnectionView add(String name, String type) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    String connectionName = Validation.requireText("name", name, 120);
    ProviderType providerType = parseType(type);
    if (connections.nameTaken(connectionName)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "A connection named '" + connectionName + "' exists already");
    }
    ProviderConnection connection =
        new ProviderConnection(connectionName, providerType, clock.now());
    connections.add(connection);
    audit.record(
        null,
        "connection.created",
        "connection " + connection.id(),
        connectionName + " (" + providerType + ")");
    return ConnectionView.of(connection);
  }

  public List<ConnectionView> all() {
    return connections.all().stream().map(ConnectionView::of).toList();
  }

  public List<ProviderPlan> plans(long connectionId) {
    return provider(connectionId).plans(connectionId);
  }

  public List<String> regions(long connectionId) {
    return provider(connectionId).regions(connectionId);
  }

  public List<String> images(long connectionId) {
    return provider(connectionId).images(connectionId);
  }

  /** The type of one of the current tenant's connections. */
  public ProviderType typeOf(long connectionId) {
    return find(connectionId).type();
  }

  /** The provider behind a connection of the current tenant. */
  public CloudProvider provider(long connectionId) {
    return providers.of(find(connectionId).type());
  }

  private ProviderConnection find(long connectionId) {
    return connections
        .find(connectionId)
        .orElseThrow(() -> BrandcloudException.notFound("Provider connection " + connectionId));
  }

  private static ProviderType parseType(String type) {
    try {
      return ProviderType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BrandcloudException(ErrorCode.PROVIDER_TYPE_UNKNOWN, type);
    }
  }

  /** A connection as staff see it. */
  public record ConnectionView(long id, String name, String type) {
    static ConnectionView of(ProviderConnection connection) {
      return new ConnectionView(connection.id(), connection.name(), connection.type().name());
    }
  }
}
