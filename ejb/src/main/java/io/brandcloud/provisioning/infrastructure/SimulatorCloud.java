package io.brandcloud.provisioning.infrastructure;

import io.brandcloud.provisioning.domain.CloudProvider;
import io.brandcloud.provisioning.domain.ProviderPlan;
import io.brandcloud.provisioning.domain.ProviderServerState;
import io.brandcloud.provisioning.domain.ProviderType;
import io.brandcloud.provisioning.domain.ServerSpec;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The built-in cloud for demos and tests, behaving like a remote API: its "data centre" is the
 * tenant's {@code simulator_servers} table, written in short transactions of its own, so its
 * servers survive restarts like a real cloud's would. Deterministic: a build takes 3 to 8 seconds
 * (derived from the host name), a host name starting with {@code fail-} fails its build, one
 * starting with {@code hang-} gets no answer to its create call for 30 seconds (a stuck upstream
 * API), and addresses come from TEST-NET-2.
 */
@ApplicationScoped
public class SimulatorCloud implements CloudProvider {

  static final String FAILING_PREFIX = "fail-";
  static final String HANGING_PREFIX = "hang-";
  private static final Currency NO_CURRENCY = Currency.getInstance("XXX");

  private static final List<ProviderPlan> PLANS =
      List.of(
          plan("sim-1", "1 vCPU, 1 GB RAM, 25 GB SSD", 1, 1024, 25, "5.00"),
          plan("sim-2", "2 vCPU, 2 GB RAM, 50 GB SSD", 2, 2048, 50, "10.00"),
          plan("sim-4", "4 vCPU, 8 GB RAM, 160 GB SSD", 4, 8192, 160, "40.00"),
          plan("sim-8", "8 vCPU, 16 GB RAM, 320 GB SSD", 8, 16384, 320, "80.00"));
  private static final List<String> REGIONS = List.of("sim-ams1", "sim-fra1", "sim-nyc1");
  private static final List<String> IMAGES = List.of("debian-12", "ubuntu-24.04", "rocky-9");

  @EJB SimulatorStore store;
  @Inject SimulatorHangs hangs;

  @Override
  public ProviderType type() {
    return ProviderType.SIMULATOR;
  }

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
  public String create(long connectionId, ServerSpec spec, String reference) {
    requireKnown("planCode", spec.planCode(), PLANS.stream().map(ProviderPlan::code).toList());
    requireKnown("region", spec.region(), REGIONS);
    requireKnown("image", spec.image(), IMAGES);
    if (spec.hostname().startsWith(HANGING_PREFIX)) {
      hangs.hang(spec.hostname());
    }
    return store.create(connectionId, spec, reference);
  }

  @Override
  public ProviderServerState state(long connectionId, String externalId) {
    return store.state(connectionId, externalId, FAILING_PREFIX);
  }

  @Override
  public void suspend(long connectionId, String externalId) {
    store.setStatus(connectionId, externalId, "SUSPENDED");
  }

  @Override
  public void unsuspend(long connectionId, String externalId) {
    store.setStatus(connectionId, externalId, "RUNNING");
  }

  @Override
  public void delete(long connectionId, String externalId) {
    store.setStatus(connectionId, externalId, "DELETED");
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
