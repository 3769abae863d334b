package io.brandcloud.web.faces.storefront;

import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.domain.TaxAssessment;
import io.brandcloud.billing.domain.TaxLine;
import io.brandcloud.billing.domain.TaxPolicy;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.ProductView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.provisioning.PlanSpecs;
import io.brandcloud.web.faces.shared.MoneyFormat;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.faces.shared.Views;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public pricing page: every plan on sale as a card (what its server has, where it runs, what
 * it costs an hour and a month, and the backup add-on), each with the way to order it, and what a
 * month comes to with the taxes of the country the visitor chooses; then the products sold by the
 * term, each cycle with its price.
 */
@Named
@ViewScoped
public class PricingBacking implements Serializable {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @EJB PlanCatalog catalog;
  @EJB Products products;
  @EJB ProviderConnections connections;
  @EJB TaxRules taxRules;
  @Inject Texts texts;
  @Inject MoneyFormat money;

  private List<PricedPlan> plans;
  private List<ProductView> productsOnSale;
  private String country;
  private transient TaxPolicy policy;

  /** One card: a plan as a visitor reads it. */
  public record PricedPlan(
      long id,
      String name,
      String specs,
      Money monthly,
      Money hourly,
      Money backupMonthly,
      List<String> regions)
      implements Serializable {}

  /** A country to choose, by its name in the reader's language. */
  public record Country(String code, String name) implements Serializable {}

  @PostConstruct
  void load() {
    Map<Long, List<CatalogEntry>> providerPlans = new HashMap<>();
    Map<Long, List<String>> regions = new HashMap<>();
    plans =
        catalog.active().stream()
            .map(
                p ->
                    new PricedPlan(
                        p.id(),
                        p.name(),
                        PlanSpecs.of(
                                p,
                                providerPlans.computeIfAbsent(p.connectionId(), connections::plans),
                                texts)
                            .orElse(null),
                        p.monthlyPrice(),
                        p.hourlyPrice(),
                        p.backupMonthlyPrice(),
                        regions.computeIfAbsent(p.connectionId(), this::regionsOf)))
            .toList();
    productsOnSale = products.onSale();
    String asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestLocale().getCountry();
    country = COUNTRIES.contains(asked) ? asked : null;
  }

  private List<String> regionsOf(long connectionId) {
    return connections.offeredEntries(connectionId, Kind.REGION).stream()
        .map(region -> PlanSpecs.region(region, texts))
        .toList();
  }

  public List<PricedPlan> getPlans() {
    return plans;
  }

  /** The products sold by the term (servers, services, add-ons, licences), each with its cycles. */
  public List<ProductView> getProducts() {
    return productsOnSale;
  }

  /**
   * What a month of the plan comes to with the taxes of the chosen country ("€5.95 a month with VAT
   * 19 %"), or that none are added there; empty until a country is chosen.
   */
  public String withTax(PricedPlan plan) {
    if (country == null) {
      return "";
    }
    String countryName = nameOf(country);
    if (taxPolicy().regional(country)) {
      return texts.format("public.pricing.regionalTax", countryName);
    }
    TaxAssessment taxes =
        taxPolicy().assess(new BillingParty("", null, country, null, null, false), plan.monthly());
    if (taxes.lines().isEmpty()) {
      return texts.format("public.pricing.noTax", countryName);
    }
    Money total = plan.monthly().plus(taxes.total(plan.monthly().currency()));
    return texts.format(
        "public.pricing.withTax",
        money.show(total),
        taxes.lines().stream().map(this::named).collect(Collectors.joining(", ")),
        countryName);
  }

  private TaxPolicy taxPolicy() {
    if (policy == null) {
      policy = taxRules.policy();
    }
    return policy;
  }

  private String named(TaxLine line) {
    NumberFormat rate = NumberFormat.getNumberInstance(Views.locale());
    rate.setMaximumFractionDigits(3);
    return texts.format(
        "public.pricing.taxLine",
        line.name(),
        rate.format(line.ratePercent().stripTrailingZeros()));
  }

  /** Every country, by name in the reader's language. */
  public List<Country> getCountries() {
    Locale reader = Views.locale();
    Collator order = Collator.getInstance(reader);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new Country(code, new Locale("", code).getDisplayCountry(reader)))
        .sorted(Comparator.comparing(Country::name, order))
        .toList();
  }

  private static String nameOf(String code) {
    return new Locale("", code).getDisplayCountry(Views.locale());
  }

  public String getCountry() {
    return country;
  }

  /** A code not in the list leaves the prices before tax, as before any choice. */
  public void setCountry(String country) {
    this.country = country != null && COUNTRIES.contains(country) ? country : null;
  }
}
