package io.brandcloud.demo;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Role;
import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.catalog.application.LicenceKeys;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.catalog.application.Products;
import io.brandcloud.identity.application.AuthenticatedUser;
import io.brandcloud.identity.application.Organisations;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.payments.application.GatewayChange;
import io.brandcloud.payments.application.GatewaySetup;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.platform.application.TenantDraft;
import io.brandcloud.platform.application.TenantRegistry;
import io.brandcloud.platform.application.Tenants;
import io.brandcloud.promotions.application.CouponDraft;
import io.brandcloud.promotions.application.Coupons;
import io.brandcloud.provisioning.addresses.application.ServerAddresses;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.snapshots.application.ServerSnapshots;
import io.brandcloud.provisioning.transfer.application.TransferPools;
import io.brandcloud.provisioning.volumes.application.ServerVolumes;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.tickets.application.CannedReplies;
import io.brandcloud.support.tickets.application.NewTicket;
import io.brandcloud.support.tickets.application.SupportDepartments;
import io.brandcloud.support.tickets.application.Tickets;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * Seeds the demo tenants {@code acme} and {@code globex} once; later starts find them and leave
 * them alone.
 */
@Singleton
@Startup
@DependsOn("PlatformStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSeeder {

  private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

  /** The demo plan sells daily backups, so the demo server shows them and restores one. */
  private static final BigDecimal DEMO_BACKUPS_MONTHLY = new BigDecimal("5.00");

  /** Snapshots are sold, so the demo customer takes one from the server page. */
  private static final BigDecimal DEMO_SNAPSHOT_GB_MONTH = new BigDecimal("0.06");

  /** Volumes are sold too, at DigitalOcean's and Linode's list price. */
  private static final BigDecimal DEMO_VOLUME_GB_MONTH = new BigDecimal("0.10");

  /** Extra IPv4 addresses too, at Linode's list price. */
  private static final BigDecimal DEMO_IPV4_MONTH = new BigDecimal("2.00");

  /** Transfer above the pool is charged, at Linode's and DigitalOcean's list price. */
  private static final BigDecimal DEMO_TRANSFER_GB = new BigDecimal("0.01");

  record DemoTenant(
      String slug, String name, String color, boolean dark, String currency, String server) {}

  static final List<DemoTenant> TENANTS =
      List.of(
          new DemoTenant("acme", "Acme Cloud", "#d9480f", false, "EUR", "acme-web-1"),
          new DemoTenant("globex", "Globex Hosting", "#4dabf7", true, "USD", "globex-app-1"));

  @EJB ServerSnapshots snapshots;
  @EJB ServerVolumes volumes;
  @EJB ServerAddresses addresses;
  @EJB TransferPools transfer;
  @EJB Tenants tenants;
  @EJB TenantRegistry registry;
  @EJB UserAccounts accounts;
  @EJB ProviderConnections connections;
  @EJB PlanCatalog catalog;
  @EJB Products products;
  @EJB LicenceKeys licenceKeys;
  @EJB Coupons coupons;
  @EJB Wallets wallets;
  @EJB Organisations organisations;
  @EJB Servers servers;
  @EJB SellerProfile seller;
  @EJB TaxRules taxRules;
  @EJB BillingDetails billingDetails;
  @EJB GatewaySetup gateways;
  @EJB Tickets tickets;
  @EJB SupportDepartments departments;
  @EJB CannedReplies cannedReplies;
  @Inject TenantDirectory directory;
  @Inject DemoPages pages;
  @Inject DemoLegal legal;
  @Inject DemoCloudExtras cloudExtras;
  @Inject DemoFraud fraud;

  @PostConstruct
  void seed() {
    if (!"true".equalsIgnoreCase(System.getenv("BRANDCLOUD_DEMO"))) {
      return;
    }
    TENANTS.stream().filter(t -> registry.findBySlug(t.slug()).isEmpty()).forEach(this::seed);
    TENANTS.forEach(this::takeTestPayments);
    TENANTS.forEach(this::openTheSupportDesk);
    TENANTS.forEach(demo -> inDemoTenant(demo, () -> pages.publishOnce(demo.name())));
    TENANTS.forEach(demo -> inDemoTenant(demo, fraud::screenOnce));
  }

  /**
   * A department, a canned reply and the demo customer's first ticket, so the support desk has
   * something to show; demo tenants seeded before the desk existed get them too. Once the customer
   * has a ticket nothing is added again, so what staff removed stays removed.
   */
  private void openTheSupportDesk(DemoTenant demo) {
    inDemoTenant(
        demo,
        () ->
            accounts
                .withEmail("customer@" + demo.slug() + ".example")
                .ifPresent(customer -> stockTheSupportDesk(demo, customer)));
  }

  /** Runs seeding work in a demo tenant that exists already, as the demo job. */
  private void inDemoTenant(DemoTenant demo, Runnable work) {
    directory
        .bySlug(demo.slug(), TenantContext.newRequestId())
        .ifPresent(
            context ->
                CurrentTenant.runAs(
                    context, () -> CurrentCaller.runAs(Caller.system("demo"), work)));
  }

  private void stockTheSupportDesk(DemoTenant demo, AuthenticatedUser customer) {
    long organisation = organisations.personalOf(customer.id());
    if (tickets.ofOrganisation(organisation, PageRequest.first(1)).total() > 0) {
      return;
    }
    if (departments.all().stream().noneMatch(d -> d.name().equals("Technical"))) {
      departments.create("Technical", "Servers that do not boot, networks, consoles", List.of());
    }
    if (cannedReplies.all().stream().noneMatch(c -> c.title().equals("Reboot first"))) {
      cannedReplies.create(
          "Reboot first",
          "Thank you for writing. Please reboot the server from its page and tell us whether the"
              + " problem stays.");
    }
    CurrentCaller.runAs(
        new Caller(
            Caller.Kind.USER,
            customer.email(),
            customer.id(),
            Role.CUSTOMER,
            Set.of(),
            false,
            false,
            null),
        () ->
            tickets.open(
                organisation,
                new NewTicket(
                    "Can I get a second IPv4 address?",
                    "Hello, "
                        + demo.server()
                        + " needs a second address for a mail server. What does it cost?",
                    null,
                    "normal",
                    null),
                MessageChannel.PORTAL));
  }

  /**
   * Demo tenants seeded before payments existed take test payments too, so a demo kept across
   * versions shows the same as a new one.
   */
  private void takeTestPayments(DemoTenant demo) {
    inDemoTenant(
        demo,
        () -> {
          if (gateways.all().isEmpty()) {
            acceptTestPayments();
          }
        });
  }

  private void acceptTestPayments() {
    gateways.configure(
        GatewayKind.TEST,
        new GatewayChange(
            false,
            null,
            null,
            null,
            null,
            null,
            true,
            new BigDecimal("5"),
            new BigDecimal("500"),
            List.of(new BigDecimal("10"), new BigDecimal("25"), new BigDecimal("50"))));
  }

  private void seed(DemoTenant demo) {
    CreatedTenant created =
        tenants.create(
            new TenantDraft(
                demo.slug(),
                demo.name(),
                demo.currency(),
                "Europe/Amsterdam",
                demo.name(),
                demo.color(),
                null,
                List.of(demo.slug() + ".localhost"),
                "admin@" + demo.slug() + ".example",
                demo.name() + " admin",
                demo.dark(),
                null));
    TenantContext context =
        directory.byId(created.tenant().id(), TenantContext.newRequestId()).orElseThrow();
    CurrentTenant.runAs(
        context, () -> CurrentCaller.runAs(Caller.system("demo"), () -> populate(demo)));
    LOG.infof("Demo tenant %s seeded", demo.slug());
  }

  /** What the demo sells for prepaid terms: a server by the month or year, services, add-ons. */
  private void sellProducts(long planId) {
    long server =
        products
            .create(
                "server",
                "Cloud server S, monthly",
                "2 vCPU and 2 GB for a fixed price: paid by the term, not by the hour.",
                "Cloud servers",
                planId)
            .id();
    products.price(server, "monthly", new BigDecimal("12.00"), null, 0);
    products.price(server, "annual", new BigDecimal("120.00"), null, 0);
    long backups =
        products
            .create("addon", "Managed backups", "Nightly copies, kept for 30 days.", "Add-ons")
            .id();
    products.price(backups, "monthly", new BigDecimal("5.00"), null, 0);
    products.price(backups, "annual", new BigDecimal("50.00"), null, 0);
    long hardening =
        products
            .create(
                "service",
                "Server hardening",
                "Our team secures your server: firewall, updates and SSH keys.",
                "Managed services")
            .id();
    products.price(hardening, "monthly", new BigDecimal("29.00"), new BigDecimal("49.00"), 0);
    long licence = products.create("licence", "Control panel licence", "", "Licences").id();
    products.price(licence, "monthly", new BigDecimal("9.00"), null, 14);
    licenceKeys.upload(
        licence,
        IntStream.rangeClosed(1, 25).mapToObj(i -> "DEMO-PANEL-%04d".formatted(i)).toList());
    coupons.create(
        new CouponDraft(
            "WELCOME10",
            "The demo's welcome offer",
            "percent",
            BigDecimal.TEN,
            "once",
            null,
            List.of(),
            List.of(),
            true,
            null,
            1,
            null,
            null,
            false));
  }

  private void populate(DemoTenant demo) {
    accounts.changePassword(
        "admin@" + demo.slug() + ".example", DemoLogins.password(demo.slug(), "admin"));
    long connection = connections.add("Simulator", "simulator").id();
    PlanView plan = catalog.create(connection, "sim-2", "Standard 2 GB", new BigDecimal("25"));
    AuthenticatedUser customer =
        accounts.createWithPassword(
            "customer@" + demo.slug() + ".example",
            "Demo customer",
            Role.CUSTOMER,
            DemoLogins.password(demo.slug(), "customer"));
    long organisation = organisations.personalOf(customer.id());
    wallets.credit(
        organisation, new BigDecimal("50.00"), "Welcome credit", "demo-welcome", "demo-seeder");
    catalog.changePricing(plan.id(), null, DEMO_BACKUPS_MONTHLY, "demo-seeder");
    snapshots.changePrice(DEMO_SNAPSHOT_GB_MONTH, "demo-seeder");
    volumes.changePrice(DEMO_VOLUME_GB_MONTH, "demo-seeder");
    addresses.changePrice(DEMO_IPV4_MONTH, "demo-seeder");
    transfer.changeOveragePrice(DEMO_TRANSFER_GB, "demo-seeder");
    cloudExtras.offer();
    servers.create(organisation, plan.id(), demo.server(), "sim-ams1", "debian-12", true);
    seller.change(
        demo.name() + " B.V.",
        "Keizersgracht 1\n1015 CJ Amsterdam\nNetherlands",
        "VAT NL000099998B57",
        "Payable within 14 days. Thank you for hosting with " + demo.name() + ".",
        "demo-seeder");
    taxRules.add(
        new TaxRule("NL", null, "VAT", new BigDecimal("21"), false, false, 1), "demo-seeder");
    taxRules.add(
        new TaxRule("DE", null, "VAT", new BigDecimal("19"), false, true, 1), "demo-seeder");
    acceptTestPayments();
    sellProducts(plan.id());
    billingDetails.changeByCustomer(
        organisation,
        new BillingDetails.Change("Damrak 1\n1012 LG Amsterdam", "NL", null, null, null),
        "demo-seeder");
    legal.publish(demo.name(), customer.id());
  }
}
