package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Account flows as a customer meets them, with real SMTP: the server's mail session delivers to a
 * GreenMail server in this test's JVM (port 2625, set for the IT server in the ear's pom).
 */
@ExtendWith(ArquillianExtension.class)
class AccountMailIT {

  private static final String PASSWORD = "first-password-1";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear(AccountMailIT.class);
  }

  private final Http http = new Http(PortalSmokeIT.base());
  private GreenMail smtp;
  private String slug;
  private Http admin;

  @BeforeEach
  void tenantAndMailServer() {
    smtp = new GreenMail(new ServerSetup(2625, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    slug = "mail-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        http.as("operator@brandcloud.local", "it-operator-password")
            .post(
                "api/platform/v1/tenants",
                """
                {"slug":"%s","name":"Mail %s","currency":"EUR","timeZone":"UTC",
                 "productName":"Mail Cloud","primaryColor":"#2b8a3e","domains":[],
                 "adminEmail":"admin@%s.test"}
                """
                    .formatted(slug, slug, slug));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String email = "admin@" + slug + ".test";
    admin =
        http.as(
            email,
            Http.chooseOwnPassword(
                http.base(), slug, email, field(created.body(), "adminOneTimePassword")));
  }

  @AfterEach
  void stopMailServer() {
    smtp.stop();
  }

  @Test
  void aNewCustomerConfirmsTheAddressWithTheMailedCodeAndLogsIn() {
    String email = "new@" + slug + ".test";
    assertThat(register(email).statusCode()).isEqualTo(201);
    Http customer = http.as(email, PASSWORD);
    HttpResponse<String> early = customer.get(api("/me"));
    assertThat(early.statusCode()).isEqualTo(403);
    assertThat(early.body()).contains("email_unverified");

    String mail = awaitMailTo(email, "confirm your e-mail address");
    assertThat(mail).contains("Mail Cloud").contains("/t/" + slug + "/verify.xhtml?token=");
    String code = match(mail, "enter this code on the confirmation page: ([0-9]{6})");

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
    String mail = awaitMailTo(email, "confirm your e-mail address");
    String token = match(mail, "verify\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    String code = match(mail, "confirmation page: ([0-9]{6})");

    for (int i = 0; i < 5; i++) {
      verifyCode(email, code.equals("000000") ? "111111" : "000000");
    }
    assertThat(verifyCode(email, code).statusCode())
        .as("five wrong guesses void the code")
        .isEqualTo(400);
    http.post(api("/account/verifications/resend"), "{\"email\":\"" + email + "\"}");
    String second = awaitMails(email, "confirm your e-mail address", 2).get(1);
    String newToken = match(second, "verify\\.xhtml\\?token=([A-Za-z0-9_-]+)");
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
        match(awaitMailTo(email, "reset your password"), "reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    String confirm = "{\"token\":\"" + token + "\",\"password\":\"second-password-2\"}";
    assertThat(http.post(api("/account/password-resets/confirm"), confirm).statusCode())
        .isEqualTo(200);
    assertThat(http.post(api("/account/password-resets/confirm"), confirm).statusCode())
        .as("single use")
        .isEqualTo(400);
    assertThat(http.as(email, PASSWORD).get(api("/me")).statusCode()).isEqualTo(401);
    assertThat(http.as(email, "second-password-2").get(api("/me")).statusCode()).isEqualTo(200);
    assertThat(smtp.getReceivedMessagesForDomain("nobody@" + slug + ".test")).isEmpty();

    assertThat(http.post(api("/account/reminders"), "{\"email\":\"" + email + "\"}").statusCode())
        .isEqualTo(202);
    assertThat(awaitMailTo(email, "your login")).contains("Your login is this e-mail address");
  }

  @Test
  void mailWaitsInTheOutboxWhileSmtpIsDownAndGoesOutLater() {
    smtp.stop();
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
    smtp = new GreenMail(new ServerSetup(2625, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    // the retry comes 30 s after the failure
    String mail = awaitMailTo(email, "confirm your e-mail address", Duration.ofSeconds(60));
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
        match(awaitMailTo(email, "confirm your e-mail address"), "confirmation page: ([0-9]{6})");
    assertThat(verifyCode(email, code).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> verifyCode(String email, String code) {
    return http.post(
        api("/account/verifications"), "{\"email\":\"" + email + "\",\"code\":\"" + code + "\"}");
  }

  private String awaitMailTo(String email, String subject) {
    return awaitMailTo(email, subject, Duration.ofSeconds(30));
  }

  private String awaitMailTo(String email, String subject, Duration atMost) {
    return awaitMails(email, subject, 1, atMost).get(0);
  }

  private List<String> awaitMails(String email, String subject, int count) {
    return awaitMails(email, subject, count, Duration.ofSeconds(30));
  }

  private List<String> awaitMails(String email, String subject, int count, Duration atMost) {
    return await()
        .atMost(atMost)
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> addressedTo(m, email) && subjectOf(m).contains(subject))
                    .map(GreenMailUtil::getBody)
                    .map(b -> b.replace("=\r\n", "").replace("=3D", "="))
                    .toList(),
            mails -> mails.size() >= count);
  }

  private static boolean addressedTo(MimeMessage message, String email) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  private static String match(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as(regex + " in " + text).isTrue();
    return matcher.group(1);
  }

  private static String field(String json, String name) {
    return match(json, "\"" + name + "\":\"?([^\",}]+)");
  }

  private String api(String path) {
    return "t/" + slug + "/api/v1" + path;
  }
}
