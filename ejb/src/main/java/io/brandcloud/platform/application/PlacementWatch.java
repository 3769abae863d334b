package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.SchemaMigrations;
import io.brandcloud.tenancy.Placements;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.logging.Logger;

/**
 * Gives every placement its platform tables (the due flags the dispatchers read on each server) as
 * soon as this node sees it: at start, and within ten seconds of add-placement.cli adding one to
 * the running node.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlacementWatch {

  private static final Logger LOG = Logger.getLogger(PlacementWatch.class);

  @EJB SchemaMigrations schemas;

  @PostConstruct
  void start() {
    look();
  }

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  public void look() {
    for (String placement : Placements.configured()) {
      try {
        schemas.upgradePlacement(placement);
      } catch (RuntimeException e) {
        LOG.debugf("Placement %s not ready yet: %s", placement, e.getMessage());
      }
    }
  }
}
