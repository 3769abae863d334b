package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account flows as a customer meets them, with real SMTP: the server's mail session delivers to a
 * GreenMail server in this test's JVM (on the fork's {@link ItFork#smtpPort()}, set for the IT
 * server in the ear's pom).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountMailIT {

  private static final String PASSWORD = "first-password-1";

  private final Http http = new Http(PortalSmokeIT.base());
  private Mailbox smtp;
  private String slug;
  private Http admin;

  @BeforeEach
  void tenantAndMailServer() {
    smtp = Mailbox.start();
    FreshShop shop = FreshShop.open(http, "mail", "EUR");
    slug = shop.slug;
    admin = shop.admin;
  }

  @AfterEach
  void stopMailServer() {
    smtp.close();
  }

  @Test
  void aNewCustomerConfirmsTheAddressWithTheMailedCodeAndLogsIn() {
    String email = "new@" + slug + ".test";
    assertThat(register(email).statusCode()).isEqualTo(201);
    Http customer = http.as(email, PASSWORD);
    HttpResponse<String> early = customer.get(api("/me"));
    assertThat(early.statusCode()).isEqualTo(403);
    assertThat(early.body()).contains("email_unverified");

    String mail = smtp.awaitMailTo(email, "confirm your e-mail address");
    assertThat(mail).contains("Shop Cloud").contains("/t/" + slug + "/verify.xhtml?token=");
    String code = Mailbox.match(mail, "enter this code on the confirmation page: ([0-9]{6})");

    String wrong = code.equals("000000") ? "111111" : "000000";
    assertThat(verifyCode(email, wrong).statusCode()).isEqualTo(400);
    assertThat(verifyCode(email, code).statusCode()).isEqualTo(200);
    assertThat(customer.get(api("/me")).statusCode()).isEqualTo(200);
    assertThat(verifyCode(email, code).statusCode()).as("a code works once").isEqualTo(400);

    String audit = admin.get(api("/admin/audit?actor=" + email)).body();
    assertThat(audit).contains("account.registered").contains("email.verified");
  }

  @Test
  void theMailedLinkConfirmsOnceAndWrongCodeGuessesRunOut() {
    String email = "link@" + slug + ".test";
    register(email);
    String mail = smtp.awaitMailTo(email, "confirm your e-mail address");
    String token = Mailbox.match(mail, "verify\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    String code = Mailbox.match(mail, "confirmation page: ([0-9]{6})");

    for (int i = 0; i < 5; i++) {
      verifyCode(email, code.equals("000000") ? "111111" : "000000");
    }
    assertThat(verifyCode(email, code).statusCode())
        .as("five wrong guesses void the code")
        .isEqualTo(400);
    http.post(api("/account/verifications/resend"), "{\"email\":\"" + email + "\"}");
    String second = smtp.awaitMails(email, "confirm your e-mail address", 2).get(1);
    String newToken = Mailbox.match(second, "verify\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    assertThat(verifyLink(token).statusCode()).as("a new mail voids the old link").isEqualTo(400);
    assertThat(verifyLink(newToken).statusCode()).isEqualTo(200);
    assertThat(verifyLink(newToken).statusCode()).as("a link works once").isEqualTo(400);
  }

  private HttpResponse<String> verifyLink(String token) {
    return http.post(api("/account/verifications"), "{\"token\":\"" + token + "\"}");
  }

  @Test
  void aForgottenPasswordIsResetOnceByTheMailedLink() {
    String email = "forgetful@" + slug + ".test";
    register(email);
    verify(email);

    HttpResponse<String> unknown =
        http.post(api("/account/password-resets"), "{\"email\":\"nobody@" + slug + ".test\"}");
    assertThat(unknown.statusCode()).isEqualTo(202);
    HttpResponse<String> asked =
        http.post(api("/account/password-resets"), "{\"email\":\"" + email + "\"}");
    assertThat(asked.statusCode()).isEqualTo(202);
    assertThat(asked.body()).isEqualTo(unknown.body());

    String token =
        Mailbox.match(
            smtp.awaitMailTo(email, "reset your password"),
            "reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    String confirm = "{\"token\":\"" + token + "\",\"password\":\"second-password-2\"}";
    assertThat(http.post(api("/account/password-resets/confirm"), confirm).statusCode())
        .isEqualTo(200);
    assertThat(http.post(api("/account/password-resets/confirm"), confirm).statusCode())
        .as("single use")
        .isEqualTo(400);
    assertThat(http.as(email, PASSWORD).get(api("/me")).statusCode()).isEqualTo(401);
    assertThat(http.as(email, "second-password-2").get(api("/me")).statusCode()).isEqualTo(200);
    assertThat(smtp.receivedNothingFor("nobody@" + slug + ".test")).isTrue();

    assertThat(http.post(api("/account/reminders"), "{\"email\":\"" + email + "\"}").statusCode())
        .isEqualTo(202);
    assertThat(smtp.awaitMailTo(email, "your login")).contains("Your login is this e-mail address");
  }

  @Test
  void aNewLoginAddressCountsOnceTheLinkMailedToItIsOpened() {
    String email = "moving@" + slug + ".test";
    String moved = "moved@" + slug + ".test";
    register(email);
    verify(email);
    Http customer = http.as(email, PASSWORD);

    HttpResponse<String> renamed = customer.put(api("/account/name"), "{\"name\":\"Mo Ving\"}");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(Http.json(customer.get(api("/me")).body()).getString("name")).isEqualTo("Mo Ving");
    assertThat(customer.put(api("/account/name"), "{\"name\":\" \"}").statusCode()).isEqualTo(400);

    String change = "{\"email\":\"%s\",\"currentPassword\":\"%s\"}";
    HttpResponse<String> wrongPassword =
        customer.post(api("/account/email-changes"), change.formatted(moved, "not-it-at-all"));
    assertThat(wrongPassword.statusCode()).isEqualTo(400);
    assertThat(wrongPassword.body()).contains("currentPassword");
    HttpResponse<String> same =
        customer.post(api("/account/email-changes"), change.formatted(email, PASSWORD));
    assertThat(same.statusCode()).isEqualTo(400);
    assertThat(same.body()).contains("\"field\":\"email\"");
    HttpResponse<String> asked =
        customer.post(api("/account/email-changes"), change.formatted(moved, PASSWORD));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(Http.json(customer.get(api("/account/email-changes")).body()).getString("email"))
        .isEqualTo(moved);

    String link = smtp.awaitMailTo(moved, "confirm your new login address");
    assertThat(link).contains("Hello Mo Ving").contains("within 24 hours");
    assertThat(smtp.awaitMailTo(email, "a new login address was asked for"))
        .contains(moved)
        .contains("/t/" + slug + "/account.xhtml");
    assertThat(customer.get(api("/me")).statusCode())
        .as("the login stays the old address until the link is opened")
        .isEqualTo(200);
    assertThat(http.as(moved, PASSWORD).get(api("/me")).statusCode()).isEqualTo(401);

    String token = Mailbox.match(link, "email-change\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    String confirm = "{\"token\":\"" + token + "\"}";
    HttpResponse<String> confirmed = http.post(api("/account/email-changes/confirm"), confirm);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    assertThat(http.post(api("/account/email-changes/confirm"), confirm).statusCode())
        .as("single use")
        .isEqualTo(400);
    assertThat(customer.get(api("/me")).statusCode()).isEqualTo(401);
    HttpResponse<String> me = http.as(moved, PASSWORD).get(api("/me"));
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(Http.json(me.body()).getString("email")).isEqualTo(moved);
    assertThat(admin.get(api("/admin/audit?actor=" + moved)).body())
        .contains("account.email_changed");
  }

  @Test
  void anAbandonedAddressChangeLeavesTheLoginAsItWas() {
    String email = "staying@" + slug + ".test";
    String other = "taken@" + slug + ".test";
    register(email);
    verify(email);
    register(other);
    Http customer = http.as(email, PASSWORD);
    String change = "{\"email\":\"%s\",\"currentPassword\":\"" + PASSWORD + "\"}";

    HttpResponse<String> taken =
        customer.post(api("/account/email-changes"), change.formatted(other));
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(taken.body()).contains("Another account");
    String first = "first-try@" + slug + ".test";
    assertThat(customer.post(api("/account/email-changes"), change.formatted(first)).statusCode())
        .isEqualTo(202);
    String oldToken =
        Mailbox.match(
            smtp.awaitMailTo(first, "confirm your new login address"),
            "email-change\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    String second = "second-try@" + slug + ".test";
    assertThat(customer.post(api("/account/email-changes"), change.formatted(second)).statusCode())
        .isEqualTo(202);
    assertThat(
            http.post(api("/account/email-changes/confirm"), "{\"token\":\"" + oldToken + "\"}")
                .statusCode())
        .as("a newer request voids the link of the one before")
        .isEqualTo(400);
    assertThat(Http.json(customer.get(api("/me")).body()).getString("email"))
        .as("never opened, the second link changes nothing")
        .isEqualTo(email);
    assertThat(http.as(first, PASSWORD).get(api("/me")).statusCode()).isEqualTo(401);
    assertThat(http.as(second, PASSWORD).get(api("/me")).statusCode()).isEqualTo(401);
  }

  @Test
  void staffShutACustomerOutLetThemBackInAndMakeThemChooseANewPassword() {
    String email = "watched@" + slug + ".test";
    register(email);
    verify(email);
    Http customer = http.as(email, PASSWORD);
    long userId = Http.json(customer.get(api("/me")).body()).getJsonNumber("id").longValue();
    HttpResponse<String> created =
        customer.post(api("/api-keys"), "{\"name\":\"script\",\"scopes\":[\"read:servers\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Http key = new Http(PortalSmokeIT.base()).bearer(Http.json(created.body()).getString("secret"));
    assertThat(key.get(api("/servers")).statusCode()).isEqualTo(200);
    String user = api("/admin/users/" + userId);

    assertThat(admin.post(user + "/disable", "{\"reason\":\" \"}").statusCode())
        .as("a reason is asked for")
        .isEqualTo(400);
    assertThat(admin.post(user + "/disable", "{\"reason\":\"Card checks\"}").statusCode())
        .isEqualTo(204);
    HttpResponse<String> shutOut = customer.get(api("/me"));
    assertThat(shutOut.statusCode()).isEqualTo(403);
    assertThat(shutOut.body()).contains("account_disabled");
    assertThat(key.get(api("/servers")).statusCode()).as("keys stop too").isEqualTo(401);
    assertThat(admin.get(api("/admin/audit?actor=" + FreshShop.adminEmail(slug))).body())
        .contains("account.disabled")
        .contains("Card checks");

    assertThat(admin.post(user + "/enable", "").statusCode()).isEqualTo(204);
    assertThat(customer.get(api("/me")).statusCode()).isEqualTo(200);
    assertThat(key.get(api("/servers")).statusCode()).as("the same key works again").isEqualTo(200);

    assertThat(admin.post(user + "/password-reset", "").statusCode()).isEqualTo(202);
    assertThat(customer.get(api("/me")).statusCode())
        .as("the old password stops at once")
        .isEqualTo(401);
    String token =
        Mailbox.match(
            smtp.awaitMailTo(email, "reset your password"),
            "reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    assertThat(
            http.post(
                    api("/account/password-resets/confirm"),
                    "{\"token\":\"" + token + "\",\"password\":\"chosen-again-3\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(http.as(email, "chosen-again-3").get(api("/me")).statusCode()).isEqualTo(200);

    long staffId = Http.json(admin.get(api("/me")).body()).getJsonNumber("id").longValue();
    assertThat(
            admin
                .post(api("/admin/users/" + staffId + "/disable"), "{\"reason\":\"x\"}")
                .statusCode())
        .as("staff accounts are the staff page's")
        .isEqualTo(404);
  }

  @Test
  void anAdminCorrectsACustomersNameAndMovesTheirLoginOnceTheNewAddressConfirmsIt() {
    String email = "misspelt@" + slug + ".test";
    String taken = "someone-else@" + slug + ".test";
    String corrected = "corrected@" + slug + ".test";
    register(email);
    verify(email);
    register(taken);
    Http customer = http.as(email, PASSWORD);
    long userId = Http.json(customer.get(api("/me")).body()).getJsonNumber("id").longValue();
    String user = api("/admin/users/" + userId);

    assertThat(admin.put(user + "/name", "{\"name\":\"Ada Corrected\"}").statusCode())
        .isEqualTo(204);
    assertThat(Http.json(customer.get(api("/me")).body()).getString("name"))
        .isEqualTo("Ada Corrected");
    assertThat(admin.put(user + "/name", "{\"name\":\"\"}").statusCode()).isEqualTo(400);
    assertThat(admin.get(api("/admin/exports/customers.csv")).body())
        .as("the customers export names the owner as corrected")
        .contains(",\"personal\",\"Ada Corrected\",\"" + email + "\",\"active\",");

    HttpResponse<String> inUse =
        admin.post(user + "/email-changes", "{\"email\":\"" + taken + "\"}");
    assertThat(inUse.statusCode()).isEqualTo(400);
    assertThat(inUse.body()).contains("Another account");
    HttpResponse<String> asked =
        admin.post(user + "/email-changes", "{\"email\":\"" + corrected + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
    assertThat(Http.json(admin.get(user + "/email-changes").body()).getString("email"))
        .isEqualTo(corrected);
    assertThat(smtp.awaitMailTo(email, "a new login address was asked for")).contains(corrected);
    assertThat(customer.get(api("/me")).statusCode())
        .as("the login stays until the new address confirms")
        .isEqualTo(200);

    String token =
        Mailbox.match(
            smtp.awaitMailTo(corrected, "confirm your new login address"),
            "email-change\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    assertThat(
            http.post(api("/account/email-changes/confirm"), "{\"token\":\"" + token + "\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(http.as(corrected, PASSWORD).get(api("/me")).statusCode()).isEqualTo(200);
    assertThat(customer.get(api("/me")).statusCode()).isEqualTo(401);
    assertThat(admin.get(api("/admin/audit?actor=" + FreshShop.adminEmail(slug))).body())
        .contains("account.renamed")
        .contains("account.email_change_asked");

    long staffId = Http.json(admin.get(api("/me")).body()).getJsonNumber("id").longValue();
    assertThat(admin.put(api("/admin/users/" + staffId + "/name"), "{\"name\":\"x\"}").statusCode())
        .as("staff accounts are the staff page's")
        .isEqualTo(404);
  }

  @Test
  void mailWaitsInTheOutboxWhileSmtpIsDownAndGoesOutLater() {
    smtp.pause();
    String email = "patient@" + slug + ".test";
    register(email);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(admin.get(api("/admin/outbox")).body())
                    .contains("\"status\":\"PENDING\"")
                    .contains("\"attempts\":1")
                    .contains("\"lastError\""));
    smtp.resume();
    // the retry comes MAIL_RETRY_SECONDS (2 s for the test server) after the failure
    String mail = smtp.awaitMailTo(email, "confirm your e-mail address", Duration.ofSeconds(60));
    assertThat(mail).contains("confirmation page:");
    assertThat(admin.get(api("/admin/outbox")).body()).contains("\"status\":\"SENT\"");
  }

  private HttpResponse<String> register(String email) {
    return http.post(
        api("/account/registrations"),
        "{\"email\":\""
            + email
            + "\",\"name\":\"New Customer\",\"password\":\""
            + PASSWORD
            + "\"}");
  }

  private void verify(String email) {
    String code =
        Mailbox.match(
            smtp.awaitMailTo(email, "confirm your e-mail address"),
            "confirmation page: ([0-9]{6})");
    assertThat(verifyCode(email, code).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> verifyCode(String email, String code) {
    return http.post(
        api("/account/verifications"), "{\"email\":\"" + email + "\",\"code\":\"" + code + "\"}");
  }

  private String api(String path) {
    return "t/" + slug + "/api/v1" + path;
  }
}
