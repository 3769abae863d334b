package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Role;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.mail.MailOutbox;
import io.brandcloud.mail.MessageType;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nobody reads a secret that opens another person's account: the outbox shows staff every mail but
 * hides its links and codes, which only the recipient reads, on their own account.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecretsIT {

  @Inject TestTenants tenants;
  @EJB MailOutbox outbox;

  private Fixture shop;
  private Http http;
  private String adminEmail;
  private Http admin;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("secrets"), BigDecimal.ONE);
    http = new Http(Http.localServer());
    adminEmail = tenants.staffOf(shop);
    admin = http.as(adminEmail, TestTenants.STAFF_PASSWORD);
  }

  @Test
  void supportReadsTheOutboxButCannotTakeOverTheAdminWithTheirResetLink() {
    Http support = addStaff("support@secrets.test", "support");
    HttpResponse<String> asked =
        http.post(api("/account/password-resets"), "{\"email\":\"" + adminEmail + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);

    String listed = support.get(api("/admin/outbox?limit=100")).body();
    assertThat(listed).contains(adminEmail).contains(MessageType.HIDDEN);
    assertThat(listed).doesNotContain("reset.xhtml?token=");

    Http browser = new Http(http.base());
    FacesLogin.login(browser, page("/login.xhtml"), "support@secrets.test", staffPassword);
    HttpResponse<String> outboxPage = browser.get(page("/admin/outbox.xhtml"));
    assertThat(outboxPage.statusCode()).isEqualTo(200);
    assertThat(outboxPage.body()).contains(adminEmail).doesNotContain("reset.xhtml?token=");
    assertThat(browser.get(page("/account.xhtml")).headers().firstValue("Cache-Control"))
        .as("the account page shows what opens the account: no browser keeps it")
        .hasValue("no-store");

    assertThat(admin.get(api("/admin/outbox?limit=100")).body())
        .as("other staff, admins included, read no secret either")
        .doesNotContain("reset.xhtml?token=");
  }

  @Test
  void theRecipientReadsTheirOwnMailWholeAndItsLinkWorks() {
    http.post(api("/account/password-resets"), "{\"email\":\"" + adminEmail + "\"}");

    HttpResponse<String> own = admin.get(api("/account/mail"));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(own.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> v.contains("no-store"));
    String token = Mailbox.match(own.body(), "reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    HttpResponse<String> reset =
        http.post(
            api("/account/password-resets/confirm"),
            "{\"token\":\"" + token + "\",\"password\":\"a-new-admin-password\"}");
    assertThat(reset.statusCode()).as(reset.body()).isLessThan(300);
    assertThat(http.as(adminEmail, "a-new-admin-password").get(api("/me")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anotherUsersMailIsNeverAmongOnesOwn() {
    http.post(api("/account/password-resets"), "{\"email\":\"" + adminEmail + "\"}");
    Http customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);

    String own = customer.get(api("/account/mail")).body();

    assertThat(own).doesNotContain(adminEmail).doesNotContain("reset.xhtml?token=");
  }

  @Test
  void anApiKeyCannotReadItsOwnersMail() {
    Http customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> created =
        customer.post(api("/api-keys"), "{\"name\":\"script\",\"scopes\":[\"read:user\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Http key = new Http(Http.localServer()).bearer(Http.json(created.body()).getString("secret"));

    HttpResponse<String> refused = key.get(api("/account/mail"));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("interactive_login_required");
  }

  @Test
  void aSecretTypedIntoTheLoginNameNeverReachesTheAuditLog() {
    HttpResponse<String> refused =
        new Http(Http.localServer()).as("bc_pasted_api_key_secret", "x").get(api("/me"));
    assertThat(refused.statusCode()).isEqualTo(401);

    String audit = admin.get(api("/admin/audit?action=login.failure")).body();

    assertThat(audit).contains("not an e-mail address").doesNotContain("bc_pasted_api_key_secret");
  }

  @Test
  void staffActingAsTheRecipientCannotReadTheirMail() {
    Caller actedOn =
        new Caller(
            Caller.Kind.USER,
            TestTenants.customerEmail(shop),
            shop.userId(),
            Role.CUSTOMER,
            Set.of(),
            false,
            false,
            "support@secrets.test");

    BrandcloudException refused =
        assertThrows(
            BrandcloudException.class,
            () ->
                shop.as(
                    () ->
                        CurrentCaller.supplyAs(actedOn, () -> outbox.mine(PageRequest.first(10)))));
    assertThat(refused.code()).isEqualTo(ErrorCode.NOT_WHILE_IMPERSONATING);
  }

  private String staffPassword;

  private Http addStaff(String email, String role) {
    HttpResponse<String> created =
        admin.post(
            api("/admin/staff"),
            "{\"email\":\"" + email + "\",\"name\":\"Staff\",\"role\":\"" + role + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    staffPassword =
        Http.chooseOwnPassword(
            Http.localServer(),
            shop.tenant().slug(),
            email,
            Http.json(created.body()).getString("oneTimePassword"));
    return http.as(email, staffPassword);
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }

  private String page(String path) {
    return "t/" + shop.tenant().slug() + path;
  }
}
