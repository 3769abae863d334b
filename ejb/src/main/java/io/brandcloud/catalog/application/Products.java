package io.brandcloud.catalog.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.catalog.domain.FieldKind;
import io.brandcloud.catalog.domain.LicencePool;
import io.brandcloud.catalog.domain.LicenceStock;
import io.brandcloud.catalog.domain.Plan;
import io.brandcloud.catalog.domain.PlanRepository;
import io.brandcloud.catalog.domain.Product;
import io.brandcloud.catalog.domain.ProductField;
import io.brandcloud.catalog.domain.ProductKind;
import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.catalog.domain.ProductRepository;
import io.brandcloud.catalog.domain.TimingPolicy;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The products a tenant sells for prepaid terms: staff describe them and price each billing cycle
 * (a new price applies to new orders; subscriptions keep the price they were sold at); customers
 * see those on sale.
 */
@Stateless
public class Products {

  @Inject ProductRepository products;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject MemberAccess members;
  @Inject LicencePool pool;
  @Inject PlanRepository plans;

  public ProductView create(String kind, String name, String description, String group) {
    return create(kind, name, description, group, null);
  }

  /** A product; a server product sells the plan {@code planId}, the other kinds none. */
  public ProductView create(
      String kind, String name, String description, String group, Long planId) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    ProductKind checkedKind = ProductKind.parse("kind", kind);
    String checkedName = uniqueName(name, null);
    String checkedDescription = orEmpty(Validation.optionalLines("description", description, 2000));
    String checkedGroup = orEmpty(Validation.optionalText("group", group, 80));
    if (checkedKind != ProductKind.SERVER && planId != null) {
      throw BrandcloudException.invalid("planId", "Only a server product sells a plan");
    }
    Product product =
        checkedKind == ProductKind.SERVER
            ? Product.server(
                checkedName, checkedDescription, checkedGroup, serverPlan(planId), clock.now())
            : new Product(checkedKind, checkedName, checkedDescription, checkedGroup, clock.now());
    products.add(product);
    audit.record(null, "product.created", "product " + product.id(), checkedName);
    return view(product);
  }

  private long serverPlan(Long planId) {
    if (planId == null) {
      throw BrandcloudException.invalid("planId", "A server product sells one of the plans");
    }
    return plans
        .find(planId)
        .map(Plan::id)
        .orElseThrow(() -> BrandcloudException.invalid("planId", "No such plan"));
  }

  public ProductView describe(long productId, String name, String description, String group) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Product product = require(productId);
    product.describe(
        uniqueName(name, productId),
        orEmpty(Validation.optionalLines("description", description, 2000)),
        orEmpty(Validation.optionalText("group", group, 80)));
    audit.record(null, "product.described", "product " + productId, product.name());
    return view(product);
  }

  /**
   * Sells a billing cycle of the product at a new price: the cycle's current price is closed (its
   * subscriptions keep it) and the next version sells from now on.
   */
  public ProductView price(
      long productId, String cycle, BigDecimal amount, BigDecimal setupFee, Integer trialDays) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Product product =
        products
            .findForUpdate(productId)
            .orElseThrow(() -> BrandcloudException.notFound("Product " + productId));
    BillingCycle checkedCycle = BillingCycle.parse("cycle", cycle);
    Currency currency = CurrentTenant.require().currency();
    BigDecimal checkedAmount = Validation.requireAmount("amount", amount, currency);
    BigDecimal checkedFee =
        setupFee == null
            ? BigDecimal.ZERO
            : Validation.requireAmountOrZero("setupFee", setupFee, currency);
    int days = trialDays == null ? 0 : trialDays;
    if (days < 0 || days > 365) {
      throw BrandcloudException.invalid("trialDays", "trialDays is between 0 and 365");
    }
    Instant now = clock.now();
    int version = products.closeCurrentPrice(productId, checkedCycle, now) + 1;
    products.addPrice(
        new ProductPrice(productId, checkedCycle, version, checkedAmount, checkedFee, days, now));
    audit.record(
        null,
        "product.priced",
        "product " + productId,
        checkedCycle.wireName() + " v" + version + ": " + checkedAmount + " + " + checkedFee);
    return view(product);
  }

  /**
   * Adds a question the product asks at order: a line of text, one of {@code choices} (2 to 20), or
   * a checkbox; required or not; its answer printed on the subscription's invoices or not.
   */
  public ProductView addField(
      long productId,
      String label,
      String kind,
      List<String> choices,
      Boolean required,
      Boolean onInvoice) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Product product = require(productId);
    String checkedLabel = Validation.requireText("label", label, 80);
    FieldKind checkedKind = Validation.requireChoice("kind", kind, FieldKind.class);
    List<String> options =
        (choices == null ? List.<String>of() : choices)
            .stream()
                .map(c -> c == null ? "" : c.strip())
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
    if (checkedKind == FieldKind.CHOICE && (options.size() < 2 || options.size() > 20)) {
      throw BrandcloudException.invalid("choices", "A choice has 2 to 20 options, one per line");
    }
    if (checkedKind != FieldKind.CHOICE && !options.isEmpty()) {
      throw BrandcloudException.invalid("choices", "Only a choice has options");
    }
    for (String option : options) {
      Validation.requireText("choices", option, 45);
    }
    ProductField field =
        new ProductField(
            productId,
            checkedLabel,
            checkedKind,
            options,
            Boolean.TRUE.equals(required),
            Boolean.TRUE.equals(onInvoice),
            clock.now());
    products.addField(field);
    audit.record(null, "product.field_added", "product " + productId, checkedLabel);
    return view(product);
  }

  /** The question is asked no more; the answers given to it stay with their subscriptions. */
  public ProductView retireField(long productId, long fieldId) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Product product = require(productId);
    ProductField field =
        products
            .field(fieldId)
            .filter(f -> f.productId() == productId && f.active())
            .orElseThrow(() -> BrandcloudException.notFound("Question " + fieldId));
    field.retire();
    audit.record(null, "product.field_retired", "product " + productId, field.label());
    return view(product);
  }

  /**
   * When the product's subscriptions change and cancel: {@code any} (the customer chooses), {@code
   * now} or {@code term_end}; null leaves one as it is.
   */
  public ProductView policies(long productId, String change, String cancel) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Product product = require(productId);
    TimingPolicy changeBy =
        change == null
            ? product.changePolicy()
            : Validation.requireChoice("changePolicy", change, TimingPolicy.class);
    TimingPolicy cancelBy =
        cancel == null
            ? product.cancelPolicy()
            : Validation.requireChoice("cancelPolicy", cancel, TimingPolicy.class);
    product.policies(changeBy, cancelBy);
    audit.record(
        null,
        "product.policies",
        "product " + productId,
        "change " + changeBy.wireName() + ", cancel " + cancelBy.wireName());
    return view(product);
  }

  /** Stops new orders of the product (its subscriptions run on) or takes them again. */
  public ProductView offer(long productId, boolean offered) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    Product product = require(productId);
    product.offer(offered);
    audit.record(
        null, offered ? "product.offered" : "product.retired", "product " + productId, null);
    return view(product);
  }

  /** Every product with its current prices, for staff who keep the catalog. */
  public List<ProductView> all() {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return views(products.all());
  }

  public ProductView product(long productId) {
    CurrentCaller.requireStaff(StaffPermission.CATALOG_MANAGE);
    return view(require(productId));
  }

  /** The products on sale with a price, as a member who may see the organisation's bills sees. */
  public List<ProductView> onSale(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return onSale();
  }

  /** The products on sale with a price, for anyone: the storefront's visitors read them. */
  public List<ProductView> onSale() {
    return views(products.all().stream().filter(Product::active).toList()).stream()
        .filter(p -> !p.prices().isEmpty())
        .toList();
  }

  private Product require(long productId) {
    return products
        .find(productId)
        .orElseThrow(() -> BrandcloudException.notFound("Product " + productId));
  }

  private String uniqueName(String name, Long productId) {
    String checked = Validation.requireText("name", name, 120);
    if (products.nameTaken(checked, productId)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "A product is already called '" + checked + "'");
    }
    return checked;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private ProductView view(Product product) {
    return views(List.of(product)).get(0);
  }

  private List<ProductView> views(List<Product> list) {
    Currency currency = CurrentTenant.require().currency();
    List<Long> ids = list.stream().map(Product::id).toList();
    List<ProductPrice> prices = products.currentPrices(ids);
    Map<Long, LicenceStock> stock =
        pool.stock(
            list.stream().filter(p -> p.kind() == ProductKind.LICENCE).map(Product::id).toList());
    List<ProductField> fields = products.activeFields(ids);
    return list.stream()
        .map(
            p ->
                ProductView.of(
                    p, prices, stock.getOrDefault(p.id(), LicenceStock.NONE), fields, currency))
        .toList();
  }
}
