package io.brandcloud.web.rest.catalog;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** What a customer can order: the plans on sale with their prices, regions and images. */
@Path("/v1/plans")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

  @EJB PlanCatalog catalog;
  @EJB ProviderConnections connections;
  @EJB Servers servers;
  @Inject TenantApi api;

  /**
   * A plan on sale, with where and with what it can be built, and what its server has as the
   * provider's catalog says (null where it does not): vCPUs, memory in MB, disk in GB and the
   * outbound transfer a month includes in GB (0: unmetered).
   */
  public record PlanOnSale(
      long id,
      String name,
      ApiMoney monthlyPrice,
      ApiMoney hourlyPrice,
      ApiMoney backupMonthlyPrice,
      List<String> regions,
      List<String> images,
      Integer vcpus,
      Integer memoryMb,
      Integer diskGb,
      Integer transferGb) {}

  @GET
  public List<PlanOnSale> list() {
    return catalog.onSale(api.activeOrganisation().organisationId()).stream()
        .filter(plan -> connections.active(plan.connectionId()))
        .map(this::onSale)
        .toList();
  }

  private PlanOnSale onSale(PlanView plan) {
    Optional<CatalogEntry> size =
        connections.plans(plan.connectionId()).stream()
            .filter(e -> e.code().equals(plan.providerPlanCode()))
            .findFirst();
    return new PlanOnSale(
        plan.id(),
        plan.name(),
        ApiMoney.of(plan.monthlyPrice()),
        ApiMoney.of(plan.hourlyPrice()),
        servers.backupsOffered(plan) ? ApiMoney.of(plan.backupMonthlyPrice()) : null,
        connections.regions(plan.connectionId()),
        connections.images(plan.connectionId()),
        size.map(CatalogEntry::vcpus).orElse(null),
        size.map(CatalogEntry::memoryMb).orElse(null),
        size.map(CatalogEntry::diskGb).orElse(null),
        size.map(CatalogEntry::transferGb).orElse(null));
  }
}
