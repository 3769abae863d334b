package io.brandcloud.provisioning.infrastructure;

import io.brandcloud.provisioning.domain.ProviderServerState;
import io.brandcloud.provisioning.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.domain.ServerSpec;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The simulator's data centre: its servers in the tenant's {@code simulator_servers} table. */
@Stateless
public class SimulatorStore {

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;

  /** Builds a server, or returns the one built earlier for the same reference. */
  public String create(long connectionId, ServerSpec spec, String reference) {
    Instant now = clock.now();
    List<?> created =
        em.createNativeQuery(
                "INSERT INTO simulator_servers (connection_id, hostname, plan_code, region, image,"
                    + " status, ipv4, created_at, ready_at, reference) VALUES (?1, ?2, ?3, ?4, ?5,"
                    + " 'BUILDING', '', ?6, ?7, ?8) ON CONFLICT (connection_id, reference)"
                    + " DO NOTHING RETURNING id")
            .setParameter(1, connectionId)
            .setParameter(2, spec.hostname())
            .setParameter(3, spec.planCode())
            .setParameter(4, spec.region())
            .setParameter(5, spec.image())
            .setParameter(6, Timestamp.from(now))
            .setParameter(7, Timestamp.from(now.plus(buildTime(spec.hostname()))))
            .setParameter(8, reference)
            .getResultList();
    if (created.isEmpty()) {
      return "sim-"
          + em.createNativeQuery(
                  "SELECT id FROM simulator_servers WHERE connection_id = ?1 AND reference = ?2")
              .setParameter(1, connectionId)
              .setParameter(2, reference)
              .getSingleResult();
    }
    long id = ((Number) created.get(0)).longValue();
    em.createNativeQuery("UPDATE simulator_servers SET ipv4 = ?1 WHERE id = ?2")
        .setParameter(1, address(id))
        .setParameter(2, id)
        .executeUpdate();
    return "sim-" + id;
  }

  public ProviderServerState state(long connectionId, String externalId, String failingPrefix) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT hostname, ipv4, ready_at FROM simulator_servers WHERE id = ?1"
                    + " AND connection_id = ?2")
            .setParameter(1, idOf(externalId))
            .setParameter(2, connectionId)
            .getResultList();
    if (rows.isEmpty()) {
      throw BrandcloudException.notFound("Simulator server " + externalId);
    }
    Object[] row = (Object[]) rows.get(0);
    Instant readyAt = SqlValues.instant(row[2]);
    if (clock.now().isBefore(readyAt)) {
      return new ProviderServerState(Phase.BUILDING, null);
    }
    if (((String) row[0]).startsWith(failingPrefix)) {
      return new ProviderServerState(Phase.FAILED, null);
    }
    return new ProviderServerState(Phase.RUNNING, (String) row[1]);
  }

  public void setStatus(long connectionId, String externalId, String status) {
    em.createNativeQuery(
            "UPDATE simulator_servers SET status = ?3 WHERE id = ?1 AND connection_id = ?2")
        .setParameter(1, idOf(externalId))
        .setParameter(2, connectionId)
        .setParameter(3, status)
        .executeUpdate();
  }

  private static long idOf(String externalId) {
    return Long.parseLong(externalId.substring("sim-".length()));
  }

  static Duration buildTime(String hostname) {
    return Duration.ofSeconds(3 + Math.floorMod(hostname.hashCode(), 6));
  }

  private static String address(long id) {
    return "198.51.100." + (1 + Math.floorMod(id, 254));
  }
}
