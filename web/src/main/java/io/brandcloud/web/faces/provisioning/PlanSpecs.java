package io.brandcloud.web.faces.provisioning;

import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.Views;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a plan's server has and where it runs, as the order form and the pricing page write it: "2
 * vCPU · 4 GB memory · 80 GB disk · 4 TB transfer a month", "Frankfurt, Germany".
 */
public final class PlanSpecs {

  private PlanSpecs() {}

  /**
   * The specs of the plan's server as its provider's last sync found them; empty when the sync
   * found none (a plan of a provider that does not say).
   */
  public static Optional<String> of(PlanView plan, List<CatalogEntry> providerPlans, Texts texts) {
    return providerPlans.stream()
        .filter(e -> e.code().equals(plan.providerPlanCode()) && e.vcpus() != null)
        .findFirst()
        .map(entry -> describe(entry, texts));
  }

  private static String describe(CatalogEntry plan, Texts texts) {
    int memory = plan.memoryMb() == null ? 0 : plan.memoryMb();
    String specs =
        texts.format(
            "portal.order.specs",
            plan.vcpus(),
            memory >= 1024 && memory % 1024 == 0 ? memory / 1024 + " GB" : memory + " MB",
            plan.diskGb() == null ? 0 : plan.diskGb());
    Integer transfer = plan.transferGb();
    if (transfer == null) {
      return specs;
    }
    return specs
        + " \u00b7 "
        + (transfer == 0
            ? texts.get("portal.order.unmetered")
            : texts.format(
                "portal.order.transfer",
                transfer >= 1000 && transfer % 1000 == 0
                    ? transfer / 1000 + " TB"
                    : transfer + " GB"));
  }

  /** A region by its name and, where the provider gives it, its country in the reader's words. */
  public static String region(CatalogEntry region, Texts texts) {
    String place = region.name() == null || region.name().isBlank() ? region.code() : region.name();
    return region.country() == null
        ? place
        : texts.format(
            "portal.order.regionCountry",
            place,
            new Locale("", region.country()).getDisplayCountry(Views.locale()));
  }
}
