package io.brandcloud.web.faces.provisioning;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.provisioning.servers.application.ServerView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * The provider's names of regions and images ("Amsterdam", "Debian 12") for pages that hold their
 * codes, read once per connection and request; a code the catalogue has no name for shows as it is.
 */
@Named
@RequestScoped
public class CatalogNames {

  @EJB PlanCatalog plans;
  @EJB ProviderConnections connections;

  private final Map<Long, Long> connectionOfPlan = new HashMap<>();
  private final Map<String, Map<String, String>> read = new HashMap<>();

  public String label(CatalogEntry entry) {
    return entry.name() == null || entry.name().isBlank() ? entry.code() : entry.name();
  }

  public String region(ServerView server) {
    return nameOf(server, Kind.REGION, server.region());
  }

  public String image(ServerView server) {
    return nameOf(server, Kind.IMAGE, server.image());
  }

  private String nameOf(ServerView server, Kind kind, String code) {
    Long connection =
        connectionOfPlan.computeIfAbsent(
            server.planId(), plan -> plans.find(plan).map(p -> p.connectionId()).orElse(null));
    return connection == null ? code : names(connection, kind).getOrDefault(code, code);
  }

  private Map<String, String> names(long connectionId, Kind kind) {
    return read.computeIfAbsent(
        connectionId + ":" + kind, key -> connections.names(connectionId, kind));
  }
}
