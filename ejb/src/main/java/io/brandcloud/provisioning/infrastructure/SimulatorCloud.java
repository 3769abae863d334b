package io.brandcloud.provisioning.infrastructure;

import io.brandcloud.provisioning.domain.CloudProvider;
import io.brandcloud.provisioning.domain.ProviderPlan;
import io.brandcloud.provisioning.domain.ProviderServerState;
import io.brandcloud.provisioning.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.domain.ServerSpec;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.SqlValues;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The built-in cloud for demos and tests. Deterministic: a build takes 3 to 8 seconds (derived from
 * the host name), a host name starting with {@code fail-} fails its build, and addresses come from
 * TEST-NET-2. Its servers live in the tenant's {@code simulator_servers} table, so they survive
 * restarts like a real cloud's would.
 */
@Stateless
@LocalBean
public class SimulatorCloud implements CloudProvider {

  static final String FAILING_PREFIX = "fail-";
  private static final Currency NO_CURRENCY = Currency.getInstance("XXX");

  private static final List<ProviderPlan> PLANS =
      List.of(
          plan("sim-1", "1 vCPU, 1 GB RAM, 25 GB SSD", 1, 1024, 25, "5.00"),
          plan("sim-2", "2 vCPU, 2 GB RAM, 50 GB SSD", 2, 2048, 50, "10.00"),
          plan("sim-4", "4 vCPU, 8 GB RAM, 160 GB SSD", 4, 8192, 160, "40.00"),
          plan("sim-8", "8 vCPU, 16 GB RAM, 320 GB SSD", 8, 16384, 320, "80.00"));
  private static final List<String> REGIONS = List.of("sim-ams1", "sim-fra1", "sim-nyc1");
  private static final List<String> IMAGES = List.of("debian-12", "ubuntu-24.04", "rocky-9");

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;

  @Override
  public List<ProviderPlan> plans(long connectionId) {
    return PLANS;
  }

  @Override
  public List<String> regions(long connectionId) {
    return REGIONS;
  }

  @Override
  public List<String> images(long connectionId) {
    return IMAGES;
  }

  @Override
  public String create(long connectionId, ServerSpec spec) {
    requireKnown("planCode", spec.planCode(), PLANS.stream().map(ProviderPlan::code).toList());
    requireKnown("region", spec.region(), REGIONS);
    requireKnown("image", spec.image(), IMAGES);
    Instant now = clock.now();
    Number id =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO simulator_servers (connection_id, hostname, plan_code, region, image,"
                        + " status, ipv4, created_at, ready_at) VALUES (?1, ?2, ?3, ?4, ?5, 'BUILDING',"
                        + " '', ?6, ?7) RETURNING id")
                .setParameter(1, connectionId)
                .setParameter(2, spec.hostname())
                .setParameter(3, spec.planCode())
                .setParameter(4, spec.region())
                .setParameter(5, spec.image())
                .setParameter(6, Timestamp.from(now))
                .setParameter(7, Timestamp.from(now.plus(buildTime(spec.hostname()))))
                .getSingleResult();
    em.createNativeQuery("UPDATE simulator_servers SET ipv4 = ?1 WHERE id = ?2")
        .setParameter(1, address(id.longValue()))
        .setParameter(2, id.longValue())
        .executeUpdate();
    return "sim-" + id;
  }

  @Override
  public ProviderServerState state(long connectionId, String externalId) {
    long id = Long.parseLong(externalId.substring("sim-".length()));
    List<?> rows =
        em.createNativeQuery(
                "SELECT hostname, ipv4, ready_at FROM simulator_servers WHERE id = ?1"
                    + " AND connection_id = ?2")
            .setParameter(1, id)
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
    if (((String) row[0]).startsWith(FAILING_PREFIX)) {
      return new ProviderServerState(Phase.FAILED, null);
    }
    return new ProviderServerState(Phase.RUNNING, (String) row[1]);
  }

  @Override
  public void suspend(long connectionId, String externalId) {
    setStatus(connectionId, externalId, "SUSPENDED");
  }

  @Override
  public void unsuspend(long connectionId, String externalId) {
    setStatus(connectionId, externalId, "RUNNING");
  }

  @Override
  public void delete(long connectionId, String externalId) {
    setStatus(connectionId, externalId, "DELETED");
  }

  private void setStatus(long connectionId, String externalId, String status) {
    em.createNativeQuery(
            "UPDATE simulator_servers SET status = ?3 WHERE id = ?1 AND connection_id = ?2")
        .setParameter(1, Long.parseLong(externalId.substring("sim-".length())))
        .setParameter(2, connectionId)
        .setParameter(3, status)
        .executeUpdate();
  }

  static Duration buildTime(String hostname) {
    return Duration.ofSeconds(3 + Math.floorMod(hostname.hashCode(), 6));
  }

  private static String address(long id) {
    return "198.51.100." + (1 + Math.floorMod(id, 254));
  }

  private static void requireKnown(String field, String value, List<String> known) {
    if (!known.contains(value)) {
      throw BrandcloudException.invalid(
          field, "'" + value + "' is not one of " + String.join(", ", known));
    }
  }

  private static ProviderPlan plan(
      String code, String description, int vcpus, int memory, int disk, String cost) {
    // XXX (ISO 4217 "no currency"): the simulator's cost is read in whatever currency the tenant
    // bills in
    return new ProviderPlan(
        code, description, vcpus, memory, disk, new Money(new BigDecimal(cost), NO_CURRENCY));
  }
}
