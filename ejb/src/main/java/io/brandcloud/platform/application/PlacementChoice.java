package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.SchemaMigrations;
import io.brandcloud.platform.domain.TenantRepository;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.tenancy.Placements;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Where tenants live: the placements this node knows, and where a new tenant goes. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlacementChoice {

  private static final int PROBE_SECONDS = 2;

  @Inject TenantRepository tenants;
  @EJB SchemaMigrations schemas;

  /** A placement with how many tenants it holds. */
  public record PlacementView(String name, long tenants) {}

  public List<PlacementView> all() {
    Map<String, Long> counts = tenants.tenantsPerPlacement();
    return Placements.configured().stream()
        .map(name -> new PlacementView(name, counts.getOrDefault(name, 0L)))
        .toList();
  }

  /**
   * The operator's pick if this node has it and reaches it, else the reachable placement with the
   * fewest tenants (the main server on a tie, then by name).
   */
  public String forNewTenant(String requested) {
    if (requested != null && !requested.isBlank()) {
      return requireReady(require(requested.strip()));
    }
    return all().stream()
        .sorted(Comparator.comparingLong(PlacementView::tenants))
        .map(PlacementView::name)
        .filter(this::ready)
        .findFirst()
        .orElse(Placements.MAIN);
  }

  /** A placement this node has. */
  public String require(String placement) {
    if (!Placements.isConfigured(placement)) {
      throw BrandcloudException.invalid(
          "placement", "There is no placement named " + placement + " on this node");
    }
    return placement;
  }

  private String requireReady(String placement) {
    if (!ready(placement)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "Placement " + placement + " cannot be reached; see /health/ready");
    }
    return placement;
  }

  /** Whether this node reaches the placement and its platform tables are in place. */
  private boolean ready(String placement) {
    try (Connection connection = Placements.dataSource(placement).getConnection()) {
      if (!connection.isValid(PROBE_SECONDS)) {
        return false;
      }
    } catch (SQLException | RuntimeException e) {
      return false;
    }
    try {
      schemas.upgradePlacement(placement);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
