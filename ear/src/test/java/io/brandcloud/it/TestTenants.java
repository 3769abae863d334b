package io.brandcloud.it;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.identity.application.CustomRoles;
import io.brandcloud.identity.application.Invitations;
import io.brandcloud.identity.application.Organisations;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.platform.application.TenantDraft;
import io.brandcloud.platform.application.Tenants;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a fresh tenant through the real services, so tests never depend on each other's data: a
 * simulator connection, a plan on {@code sim-1} (5.00 a month) with 46 % markup and a customer with
 * credit.
 */
@Dependent
public class TestTenants {

  public static final String CUSTOMER_PASSWORD = "customer-password";
  public static final String STAFF_PASSWORD = "staff-password";
  public static final String MEMBER_PASSWORD = "member-pass-123";

  @EJB Tenants tenants;
  @EJB UserAccounts accounts;
  @EJB ProviderConnections connections;
  @EJB PlanCatalog catalog;
  @EJB Wallets wallets;
  @EJB Organisations organisations;
  @EJB Invitations invitations;
  @EJB CustomRoles customRoles;
  @Inject TenantDirectory directory;

  @jakarta.persistence.PersistenceContext(unitName = "brandcloud")
  jakarta.persistence.EntityManager em;

  /**
   * One column of the simulator's own row for {@code serverId}: what the simulated provider was
   * told, as a real cloud would keep it.
   */
  public Object simulatorColumn(Fixture fixture, String column, long serverId) {
    return fixture.as(
        () ->
            em.createNativeQuery(
                    "SELECT ss."
                        + column
                        + " FROM simulator_servers ss JOIN servers s"
                        + " ON s.external_id = 'sim-' || ss.id WHERE s.id = ?1")
                .setParameter(1, serverId)
                .getSingleResult());
  }

  /** The first column of each row {@code query} reads in the fixture's tenant, as text. */
  @SuppressWarnings("unchecked")
  public List<String> strings(Fixture fixture, String query) {
    return fixture.as(() -> (List<String>) em.createNativeQuery(query).getResultList());
  }

  /** The balance of the fixture's customer's wallet as its row holds it. */
  public BigDecimal balance(Fixture fixture) {
    return fixture.as(
        () ->
            (BigDecimal)
                em.createNativeQuery("SELECT balance FROM wallets WHERE organisation_id = ?1")
                    .setParameter(1, fixture.customerId())
                    .getSingleResult());
  }

  /** For tests that read what no service exposes (run inside {@link Fixture#as}). */
  public jakarta.persistence.EntityManager em() {
    return em;
  }

  /**
   * A tenant with its customer (the customer user's personal organisation, which owns wallet and
   * servers), the plan's id and the customer user's id.
   */
  public record Fixture(TenantContext tenant, long customerId, long planId, long userId) {
    public <T> T as(Supplier<T> work) {
      return TestTenants.as(tenant, work);
    }

    /** The tenant API's path for {@code path}, e.g. {@code /servers}. */
    public String api(String path) {
      return "t/" + tenant.slug() + "/api/v1" + path;
    }
  }

  /**
   * Runs test work as a tenant, the one way every in-container test does it: as the caller the test
   * chose, or else as a system job, like the set-up work of a real installation.
   */
  public static <T> T as(TenantContext tenant, Supplier<T> work) {
    return CurrentTenant.supplyAs(
        tenant,
        () ->
            CurrentCaller.get().isPresent()
                ? work.get()
                : CurrentCaller.supplyAs(Caller.system("test"), work));
  }

  /** The context of a tenant created by {@link #create}. */
  public TenantContext context(String slug) {
    return directory.bySlug(slug, "test").orElseThrow();
  }

  public static String uniqueSlug(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public CreatedTenant create(String slug) {
    return create(slug, null);
  }

  /** A tenant on {@code placement}, or, when that is null, where the platform puts new tenants. */
  public CreatedTenant create(String slug, String placement) {
    return tenants.create(
        new TenantDraft(
            slug,
            "Test " + slug,
            "EUR",
            "UTC",
            null,
            "#123456",
            null,
            List.of(),
            "admin@" + slug + ".test",
            null,
            null,
            placement));
  }

  public Fixture withCustomer(String slug, BigDecimal credit) {
    return withCustomer(slug, credit, null);
  }

  public Fixture withCustomer(String slug, BigDecimal credit, String placement) {
    CreatedTenant created = create(slug, placement);
    TenantContext tenant = directory.byId(created.tenant().id(), "test").orElseThrow();
    Fixture partial = new Fixture(tenant, 0, 0, 0);
    return partial.as(
        () -> {
          long connection = connections.add("Simulator", "SIMULATOR").id();
          long plan = catalog.create(connection, "sim-1", "Small", new BigDecimal("46")).id();
          long user =
              accounts
                  .signUp("customer@" + slug + ".test", "Customer of " + slug, CUSTOMER_PASSWORD)
                  .id();
          long customer = organisations.personalOf(user);
          if (credit.signum() > 0) {
            wallets.credit(customer, credit, "Test credit", UUID.randomUUID().toString(), "test");
          }
          return new Fixture(tenant, customer, plan, user);
        });
  }

  /**
   * A new customer, with {@code credit}, in the tenant of {@code shop}: for a class whose tests
   * share one tenant (creating a tenant costs its schema's migrations) but each want a customer of
   * their own. It signs in as {@code customer-<n>@<slug>.test} with {@link #CUSTOMER_PASSWORD}.
   */
  public Fixture anotherCustomer(Fixture shop, BigDecimal credit) {
    String name = "customer-" + UUID.randomUUID().toString().substring(0, 8);
    long user =
        shop.as(
            () ->
                accounts
                    .signUp(
                        name + "@" + shop.tenant().slug() + ".test",
                        "Customer " + name,
                        CUSTOMER_PASSWORD)
                    .id());
    long customer = shop.as(() -> organisations.personalOf(user));
    if (credit.signum() > 0) {
      shop.as(
          () ->
              wallets.credit(
                  customer, credit, "Test credit", UUID.randomUUID().toString(), "test"));
    }
    return new Fixture(shop.tenant(), customer, shop.planId(), user);
  }

  /** Adds a reseller admin with {@link #STAFF_PASSWORD} and returns the e-mail address. */
  public String staffOf(Fixture fixture) {
    String email = "staff@" + fixture.tenant().slug() + ".test";
    fixture.as(
        () ->
            accounts.createWithPassword(
                email, "Staff", io.brandcloud.access.Role.TENANT_ADMIN, STAFF_PASSWORD));
    return email;
  }

  /** Signs a customer up in the tenant and returns their personal organisation's id. */
  public long signUpCustomer(TenantContext tenant, String email, String name, String password) {
    return as(tenant, () -> organisations.personalOf(accounts.signUp(email, name, password).id()));
  }

  /**
   * Signs up {@code name@<slug>.test} with {@link #CUSTOMER_PASSWORD}, credits its organisation and
   * returns the organisation's id.
   */
  public long fundedCustomer(Fixture shop, String name, BigDecimal credit) {
    long organisation =
        signUpCustomer(
            shop.tenant(), name + "@" + shop.tenant().slug() + ".test", name, CUSTOMER_PASSWORD);
    shop.as(
        () ->
            wallets.credit(
                organisation, credit, "Test credit", UUID.randomUUID().toString(), "test"));
    return organisation;
  }

  /** The shop's customer, signed in over HTTP. */
  public static Http customerLogin(Fixture fixture) {
    return new Http(Http.localServer()).as(customerEmail(fixture), CUSTOMER_PASSWORD);
  }

  /** A staff member of the shop (see {@link #staffOf}), signed in over HTTP. */
  public Http staffLogin(Fixture fixture) {
    return new Http(Http.localServer()).as(staffOf(fixture), STAFF_PASSWORD);
  }

  public static String customerEmail(Fixture fixture) {
    return "customer@" + fixture.tenant().slug() + ".test";
  }

  /**
   * Signs up {@code email} with {@link #MEMBER_PASSWORD} and makes them, by the invitation the
   * customer sends and they accept, a member of the shop's customer organisation with {@code role}
   * (a built-in role, or "custom" with {@code customRoleId}); returns the member's user id.
   */
  public long memberOf(Fixture shop, String email, String role, Long customRoleId) {
    long user = shop.as(() -> accounts.signUp(email, "Member", MEMBER_PASSWORD).id());
    shop.as(
        () ->
            invitations.invite(
                shop.userId(), shop.customerId(), email, role, customRoleId, "http://localhost"));
    String body = OwnMail.lastBodyTo(shop.tenant(), email, "invitation.xhtml?token=");
    Matcher token = Pattern.compile("invitation\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(body);
    if (!token.find()) {
      throw new IllegalStateException("No invitation link in " + body);
    }
    shop.as(() -> invitations.accept(user, token.group(1)));
    return user;
  }

  /** A custom role in the shop's customer organisation that allows only these permissions. */
  public long customRole(Fixture shop, String name, String... permissions) {
    return shop.as(
        () ->
            customRoles.create(shop.userId(), shop.customerId(), name, List.of(permissions)).id());
  }
}
