package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Role;
import io.brandcloud.access.Scope;
import io.brandcloud.audit.AuditFilter;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.content.application.ArticleDraft;
import io.brandcloud.content.application.ContentAdmin;
import io.brandcloud.content.application.ContentCategories;
import io.brandcloud.content.application.IncidentReport;
import io.brandcloud.content.application.StatusPage;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.identity.application.CustomerDirectory;
import io.brandcloud.identity.application.Impersonations;
import io.brandcloud.identity.application.Logins;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageTemplates;
import io.brandcloud.mail.MessageType;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.support.discord.application.DiscordReplies;
import io.brandcloud.support.discord.application.DiscordSettings;
import io.brandcloud.support.discord.application.SupportDiscord;
import io.brandcloud.support.mailin.application.MailboxSettings;
import io.brandcloud.support.mailin.application.SupportMailboxes;
import io.brandcloud.support.suggestions.application.ReplySuggestions;
import io.brandcloud.support.tickets.application.CannedReplies;
import io.brandcloud.support.tickets.application.NewTicket;
import io.brandcloud.support.tickets.application.SupportDepartments;
import io.brandcloud.support.tickets.application.TicketDesk;
import io.brandcloud.support.tickets.application.Tickets;
import io.brandcloud.support.tickets.domain.MessageChannel;
import io.brandcloud.support.tickets.domain.TicketFilter;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every staff permission, and every organisation permission of servers and billing, is enforced by
 * the service itself, called directly as the edge would call it: a staff role (or an organisation
 * role) without the permission is refused, one with it gets through, and so do jobs and operators;
 * another organisation is not found. API keys need {@code admin:*}, and a tenant that requires a
 * second factor of its staff refuses a password login without one.
 */
@ExtendWith(ArquillianExtension.class)
class ServicePermissionsIT {

  @Inject TestTenants tenants;

  @EJB CustomerDirectory customers;
  @EJB Wallets wallets;
  @EJB Logins logins;
  @EJB Impersonations impersonations;
  @EJB AuditLog audit;
  @EJB MailOutbox mail;
  @EJB MessageTemplates templates;
  @EJB TenantSettings settings;
  @EJB PlanCatalog catalog;
  @EJB UserAccounts accounts;
  @EJB Servers servers;
  @EJB BillingDetails billingDetails;
  @EJB Tickets tickets;
  @EJB TicketDesk desk;
  @EJB SupportDepartments supportDepartments;
  @EJB SupportMailboxes supportMailboxes;
  @EJB SupportDiscord supportDiscord;
  @EJB DiscordReplies discordReplies;
  @EJB CannedReplies cannedReplies;
  @EJB ContentAdmin contentAdmin;
  @EJB ContentCategories contentCategories;
  @EJB StatusPage statusPage;
  @EJB ReplySuggestions suggestions;

  /** One tenant for the class; each test has a customer of its own in it. */
  private static Fixture shared;

  private Fixture shop;

  @BeforeEach
  void aShop() {
    if (shared == null) {
      shared = tenants.withCustomer(TestTenants.uniqueSlug("perm"), BigDecimal.ZERO);
    }
    shop = tenants.anotherCustomer(shared, new BigDecimal("10.00"));
  }

  @Test
  void customersAreListedForSupportNotForCustomers() {
    Runnable list = () -> customers.all(PageRequest.of("1", "20"));
    assertRefused(Role.CUSTOMER, list);
    assertAllowed(Role.SUPPORT, list);
  }

  @Test
  void walletsAreCreditedByBillingNotBySupport() {
    Runnable credit =
        () ->
            wallets.credit(
                shop.customerId(), BigDecimal.ONE, "Goodwill", UUID.randomUUID().toString(), "t");
    assertRefused(Role.SUPPORT, credit);
    assertAllowed(Role.BILLING, credit);
    assertThat(shop.as(() -> wallets.balanceOf(shop.customerId()).amount()))
        .isEqualByComparingTo("11.00");
  }

  @Test
  void loginLocksAreLiftedBySupportNotByBilling() {
    Runnable unlock = () -> logins.unlock(shop.userId(), "t");
    assertRefused(Role.BILLING, unlock);
    assertAllowed(Role.SUPPORT, unlock);
  }

  @Test
  void supportActsAsACustomerBillingDoesNot() {
    Runnable impersonate = () -> impersonations.begin(shop.userId(), shop.customerId());
    assertRefused(Role.BILLING, impersonate);
    assertAllowed(Role.SUPPORT, impersonate);
  }

  @Test
  void theAuditLogIsReadByBillingNotBySupport() {
    Runnable search = () -> audit.search(new AuditFilter(null, null), PageRequest.of("1", "20"));
    assertRefused(Role.SUPPORT, search);
    assertAllowed(Role.BILLING, search);
  }

  @Test
  void outgoingMailIsReadBySupportNotByBilling() {
    Runnable recent = () -> mail.recent(PageRequest.of("1", "20"));
    assertRefused(Role.BILLING, recent);
    assertAllowed(Role.SUPPORT, recent);
  }

  @Test
  void settingsAreChangedByAdminsOnly() {
    Runnable change = () -> settings.change(SettingsChange.apiRequestsPerMinute(250), "t");
    assertRefused(Role.BILLING, change);
    assertRefused(Role.SUPPORT, change);
    assertAllowed(Role.TENANT_ADMIN, change);
  }

  @Test
  void theWordingOfMailIsReadAndChangedByAdminsOnly() {
    List<Runnable> calls =
        List.of(
            () -> templates.all(),
            () -> templates.one(MessageType.INVITATION),
            () -> templates.change(MessageType.INVITATION, "Join", "{{link}}"),
            () -> templates.preview(MessageType.INVITATION, null, null),
            () -> templates.reset(MessageType.INVITATION));
    for (Runnable call : calls) {
      assertRefused(Role.BILLING, call);
      assertRefused(Role.SUPPORT, call);
      assertAllowed(Role.TENANT_ADMIN, call);
    }
  }

  @Test
  void plansArePricedByAdminsOnly() {
    Runnable reprice = () -> catalog.changePricing(shop.planId(), new BigDecimal("50"), null, "t");
    assertRefused(Role.BILLING, reprice);
    assertAllowed(Role.TENANT_ADMIN, reprice);
  }

  @Test
  void staffAreListedByAdminsOnly() {
    Runnable staff = () -> accounts.staff();
    assertRefused(Role.SUPPORT, staff);
    assertAllowed(Role.TENANT_ADMIN, staff);
  }

  @Test
  void anApiKeyReachesOnlyWhatItsScopesCoverWhenTheServiceIsCalledDirectly() {
    Caller readOnlyKey =
        new Caller(
            Caller.Kind.API_KEY,
            "key",
            shop.userId(),
            Role.CUSTOMER,
            Set.of(Scope.READ_SERVERS),
            false,
            false,
            null);
    assertThat(codeOf(readOnlyKey, () -> servers.ofOrganisation(shop.customerId(), pageOne())))
        .isNull();
    assertThat(codeOf(readOnlyKey, () -> order(shop.customerId())))
        .isEqualTo(ErrorCode.INSUFFICIENT_SCOPE);
    assertThat(codeOf(readOnlyKey, () -> wallets.transactions(shop.customerId(), pageOne())))
        .isEqualTo(ErrorCode.INSUFFICIENT_SCOPE);
    assertThat(codeOf(readOnlyKey, () -> changeBillingDetails(shop.customerId())))
        .isEqualTo(ErrorCode.INSUFFICIENT_SCOPE);
  }

  @Test
  void aViewerSeesServersAndBillingButOrdersAndChangesNothing() {
    long viewer = memberOfTheShop("viewer@perm.test", "viewer");
    Caller asViewer = customer(viewer);
    assertThat(codeOf(asViewer, () -> servers.ofOrganisation(shop.customerId(), pageOne())))
        .isNull();
    assertThat(codeOf(asViewer, () -> wallets.transactions(shop.customerId(), pageOne()))).isNull();
    assertThat(codeOf(asViewer, () -> order(shop.customerId())))
        .isEqualTo(ErrorCode.MISSING_PERMISSION);
    assertThat(codeOf(asViewer, () -> orderWithBackups(shop.customerId())))
        .as("the backup add-on is no way around the permission")
        .isEqualTo(ErrorCode.MISSING_PERMISSION);
    assertThat(codeOf(asViewer, () -> changeBillingDetails(shop.customerId())))
        .isEqualTo(ErrorCode.MISSING_PERMISSION);

    Caller asOwner = customer(shop.userId());
    assertThat(codeOf(asOwner, () -> order(shop.customerId()))).isNull();
    assertThat(codeOf(asOwner, () -> changeBillingDetails(shop.customerId()))).isNull();
  }

  @Test
  void theSupportDeskIsWorkedBySupportAndAdminsNotByBilling() {
    List<Runnable> calls =
        List.of(
            () -> desk.queue(TicketFilter.openTickets(), pageOne()),
            () -> desk.awaitingAnswer(),
            () -> supportDepartments.all(),
            () -> cannedReplies.all());
    for (Runnable call : calls) {
      assertRefused(Role.BILLING, call);
      assertAllowed(Role.SUPPORT, call);
      assertAllowed(Role.TENANT_ADMIN, call);
    }
  }

  @Test
  void pagesAndTheStatusPageAreWrittenBySupportAndAdminsNotByBillingOrCustomers() {
    List<Runnable> calls =
        List.of(
            () -> contentAdmin.list(null, null, pageOne()),
            () ->
                contentAdmin.create(
                    ArticleKind.DOC, new ArticleDraft("T " + UUID.randomUUID(), null, "B", null)),
            () -> contentAdmin.preview("*b*"),
            () -> contentCategories.create("C " + UUID.randomUUID(), null, null),
            () -> statusPage.incidents(pageOne()),
            () -> statusPage.offeredRegions(),
            () -> statusPage.report(new IncidentReport("Down", null, null, List.of(), "x")));
    for (Runnable call : calls) {
      assertRefused(Role.CUSTOMER, call);
      assertRefused(Role.BILLING, call);
      assertAllowed(Role.SUPPORT, call);
      assertAllowed(Role.TENANT_ADMIN, call);
    }
    Runnable suggest = () -> suggestions.suggest(Long.MAX_VALUE);
    assertRefused(Role.BILLING, suggest);
    assertThat(codeOf(staff(Role.SUPPORT), suggest)).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void onlyAdminsSetTheSupportMailbox() {
    List<Runnable> calls =
        List.of(
            () -> supportMailboxes.current(),
            () -> supportMailboxes.received(pageOne()),
            () ->
                supportMailboxes.configure(
                    new MailboxSettings(
                        "help@perm.test",
                        // a name that resolves: one that does not is refused when saved
                        "127.0.0.1",
                        993,
                        "ssl",
                        "help@perm.test",
                        "pw-1",
                        null,
                        false)));
    for (Runnable call : calls) {
      assertRefused(Role.BILLING, call);
      assertRefused(Role.SUPPORT, call);
      assertAllowed(Role.TENANT_ADMIN, call);
    }
  }

  @Test
  void onlyAdminsConnectDiscordAndOnlyTheInteractionsEdgeAnswersFromIt() {
    String key;
    try (DiscordStandIn application = DiscordStandIn.keyOnly()) {
      key = application.publicKey();
    }
    List<Runnable> calls =
        List.of(
            () -> supportDiscord.current(),
            () ->
                supportDiscord.configure(
                    new DiscordSettings(
                        DiscordStandIn.APPLICATION_ID,
                        key,
                        DiscordStandIn.WEBHOOK_URL,
                        null,
                        false)));
    for (Runnable call : calls) {
      assertRefused(Role.BILLING, call);
      assertRefused(Role.SUPPORT, call);
      assertAllowed(Role.TENANT_ADMIN, call);
    }
    assertRefused(Role.TENANT_ADMIN, () -> discordReplies.application());
  }

  @Test
  void aViewerReadsTicketsButOpensNoneAndStrangersAndStaffOpenNoneForTheOrganisation() {
    long viewer = memberOfTheShop("ticket-viewer@perm.test", "viewer");
    Caller asViewer = customer(viewer);
    assertThat(codeOf(asViewer, () -> tickets.ofOrganisation(shop.customerId(), pageOne())))
        .isNull();
    assertThat(codeOf(asViewer, this::openTicket)).isEqualTo(ErrorCode.MISSING_PERMISSION);
    assertThat(codeOf(customer(shop.userId()), this::openTicket)).isNull();
    long stranger =
        shop.as(() -> accounts.signUp("ticket-stranger@perm.test", "S", "stranger-pass-1").id());
    assertThat(
            codeOf(customer(stranger), () -> tickets.ofOrganisation(shop.customerId(), pageOne())))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(staff(Role.SUPPORT), this::openTicket)).isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void anotherOrganisationsServersAndBillingAreNotFound() {
    long stranger =
        shop.as(() -> accounts.signUp("stranger@perm.test", "Stranger", "stranger-pass-1").id());
    Caller asStranger = customer(stranger);
    assertThat(codeOf(asStranger, () -> servers.ofOrganisation(shop.customerId(), pageOne())))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(asStranger, () -> wallets.transactions(shop.customerId(), pageOne())))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void staffWhoSeeCustomersMayLookButNotOrder() {
    assertThat(codeOf(staff(Role.SUPPORT), () -> servers.ofOrganisation(shop.customerId())))
        .isNull();
    assertThat(codeOf(staff(Role.SUPPORT), () -> order(shop.customerId())))
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void keysNeedTheAdminScopeAndPasswordsASecondFactorWhereRequired() {
    Runnable list = () -> customers.all(PageRequest.of("1", "20"));
    Caller keyWithoutAdmin =
        new Caller(
            Caller.Kind.API_KEY,
            "key",
            1L,
            Role.TENANT_ADMIN,
            Set.of(Scope.READ_USER),
            false,
            false,
            null);
    assertThat(codeOf(keyWithoutAdmin, list)).isEqualTo(ErrorCode.INSUFFICIENT_SCOPE);
    Caller keyWithAdmin =
        new Caller(
            Caller.Kind.API_KEY,
            "key",
            1L,
            Role.TENANT_ADMIN,
            Set.of(Scope.ADMIN),
            false,
            false,
            null);
    assertThat(codeOf(keyWithAdmin, list)).isNull();
    Caller withoutSecondFactor =
        new Caller(Caller.Kind.USER, "admin", 1L, Role.TENANT_ADMIN, Set.of(), false, true, null);
    assertThat(codeOf(withoutSecondFactor, list)).isEqualTo(ErrorCode.TWO_FACTOR_SETUP_REQUIRED);
    assertThat(codeOf(Caller.operator("operator@brandcloud.local"), list)).isNull();
    assertThat(codeOf(Caller.system("job"), list)).isNull();
  }

  @Test
  void workWithoutACallerIsRefused() {
    BrandcloudException refused =
        catchThrowableOfType(
            () ->
                CurrentTenant.runAs(shop.tenant(), () -> customers.all(PageRequest.of("1", "20"))),
            BrandcloudException.class);
    assertThat(refused.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  private void assertRefused(Role role, Runnable call) {
    assertThat(codeOf(staff(role), call)).as(role + " is refused").isEqualTo(ErrorCode.FORBIDDEN);
  }

  private void assertAllowed(Role role, Runnable call) {
    assertThat(codeOf(staff(role), call)).as(role + " gets through").isNull();
  }

  private static PageRequest pageOne() {
    return PageRequest.of("1", "20");
  }

  private void order(long organisationId) {
    servers.create(organisationId, shop.planId(), "perm-1", "sim-ams1", "debian-12");
  }

  private void openTicket() {
    tickets.open(
        shop.customerId(),
        new NewTicket("Help", "Please help", null, null, null),
        MessageChannel.PORTAL);
  }

  private void orderWithBackups(long organisationId) {
    servers.create(organisationId, shop.planId(), "perm-2", "sim-ams1", "debian-12", true);
  }

  private void changeBillingDetails(long organisationId) {
    billingDetails.changeByCustomer(
        organisationId, new BillingDetails.Change("1 Main St", "DE", null, null, null), "t");
  }

  private static Caller customer(long userId) {
    return new Caller(
        Caller.Kind.USER, "user-" + userId, userId, Role.CUSTOMER, Set.of(), false, false, null);
  }

  /** Invites a new customer into the shop's organisation with a role and returns their user id. */
  private long memberOfTheShop(String email, String role) {
    return tenants.memberOf(shop, email, role, null);
  }

  private static Caller staff(Role role) {
    return new Caller(
        Caller.Kind.USER, role.group() + "@perm.test", 1L, role, Set.of(), true, false, null);
  }

  /** Runs the call as the caller in the shop's tenant; the refusal's code, or null. */
  private ErrorCode codeOf(Caller caller, Runnable call) {
    BrandcloudException refused =
        catchThrowableOfType(
            () ->
                CurrentCaller.runAs(
                    caller,
                    () ->
                        shop.as(
                            () -> {
                              call.run();
                              return null;
                            })),
            BrandcloudException.class);
    return refused == null ? null : refused.code();
  }
}
