package io.brandcloud.web.faces.dashboards;

import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.content.application.ContentAdmin;
import io.brandcloud.payments.application.GatewaySetup;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.platform.application.OwnBrand;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.tickets.application.DepartmentView;
import io.brandcloud.support.tickets.application.SupportDepartments;
import io.brandcloud.web.faces.shared.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A new reseller's first steps, on the dashboard of its admins until every one is done: each links
 * to its page and is ticked from what the shop already has, never by hand.
 */
@Named
@RequestScoped
public class SetupChecklist {

  /** One step: its text is {@code admin.setup.<key>}, its page below the portal's base. */
  public record Step(String key, String page, boolean done) {}

  @EJB OwnBrand brand;
  @EJB ProviderConnections connections;
  @EJB PlanCatalog plans;
  @EJB GatewaySetup gateways;
  @EJB SellerProfile seller;
  @EJB SupportDepartments departments;
  @EJB ContentAdmin content;
  @Inject CurrentUser user;

  private List<Step> steps;

  /** For the shop's admins (who may open every page it links to), while a step is left. */
  public boolean isShown() {
    return user.mayOpen("staff") && getDone() < getSteps().size();
  }

  public List<Step> getSteps() {
    if (steps == null) {
      steps = read();
    }
    return steps;
  }

  public long getDone() {
    return getSteps().stream().filter(Step::done).count();
  }

  private List<Step> read() {
    Seller details = seller.current();
    return List.of(
        new Step("brand", "/admin/brand.xhtml", brand.current().logoUrl() != null),
        new Step(
            "provider",
            "/admin/connections.xhtml",
            connections.all().stream().anyMatch(c -> c.active() && c.syncedAt() != null)),
        new Step("plan", "/admin/index.xhtml", !plans.active().isEmpty()),
        new Step(
            "payments",
            "/admin/payments.xhtml",
            gateways.all().stream().anyMatch(GatewaySettings::enabled)),
        new Step(
            "seller",
            "/admin/billing.xhtml",
            filled(details.legalName()) && filled(details.address())),
        new Step(
            "support",
            "/admin/support.xhtml",
            departments.all().stream().anyMatch(DepartmentView::active)),
        new Step(
            "page",
            "/admin/content.xhtml",
            content.list(null, true, new PageRequest(1, 1)).total() > 0));
  }

  private static boolean filled(String text) {
    return text != null && !text.isBlank();
  }
}
