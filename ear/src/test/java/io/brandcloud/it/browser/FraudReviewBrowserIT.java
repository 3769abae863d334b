package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.Http;
import io.brandcloud.it.TestTenants;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fraud review page in Chromium, on the demo shop's held sign-up, deciding nothing: the queue
 * names the person and the rule that held them, the chosen check shows its signals, denying without
 * a reason is refused after the question, a block that cannot match is refused, and the rules show
 * what the demo switched on; a sign-up held while the page is open joins the queue without a
 * reload; at phone and desktop widths, in English and German.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FraudReviewBrowserIT {

  private static final String ADMIN = "admin@acme.example";
  private static final String PASSWORD = "acme-admin-demo";

  @Test
  void theQueueShowsWhyASignUpWaitsAndAskedDecisionsNeedAReason() {
    try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
      desktop.logIn(ADMIN, PASSWORD);
      desktop.go("t/acme/admin/fraud.xhtml");
      assertThat(desktop.text("#queue"))
          .contains("Quick Buyer", "quick.buyer@mailinator.com", "Disposable mail domain (+60)")
          .contains("Waiting for review");
      desktop.click("#queue\\:checks\\:table\\:0\\:review");
      desktop.waitForText("#decision", "Signals");
      assertThat(desktop.text("#check-signals"))
          .contains("Disposable mail domain (+60): mailinator.com");
      desktop.fitsTheWindow("admin-fraud-review");

      desktop.click("#decide\\:deny\\:button");
      assertThat(desktop.shownConfirmation().getText()).contains("never built");
      desktop.confirm();
      desktop.waitForText("#messages", "reason");
      assertThat(desktop.text("#check-state")).contains("Waiting for review");

      desktop.type("#blocks\\:value", "not a domain at all");
      desktop.choose("#blocks\\:kind", "Mail domain");
      desktop.click("#blocks\\:add");
      desktop.waitForText("#messages", "not a domain name");
      assertThat(desktop.text("#blocks")).contains("signup-spam.example", "Scripted sign-ups");
      assertThat(desktop.find("#rules").getText()).contains("Disposable mail domain");
    }
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn(ADMIN, PASSWORD);
      phone.go("t/acme/admin/fraud.xhtml");
      assertThat(phone.text("#queue")).contains("Wegwerf-Maildomain", "Wartet auf Prüfung");
      phone.click("#queue\\:checks\\:table\\:0\\:review");
      phone.waitForText("#decision", "Signale");
      phone.fitsTheWindow("admin-fraud-review-phone-de");

      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> "open".equals(phone.script("return document.documentElement.dataset.push;")));
      String email = "live.buyer." + UUID.randomUUID() + "@mailinator.com";
      Http visitor = new Http(Http.testServer());
      String terms =
          Http.jsonArray(visitor.get("t/acme/api/v1/legal").body()).stream()
              .map(page -> page.asJsonObject().get("id").toString())
              .collect(Collectors.joining(","));
      HttpResponse<String> signedUp =
          visitor.post(
              "t/acme/api/v1/account/registrations",
              "{\"email\":\""
                  + email
                  + "\",\"name\":\"Live Buyer\",\"password\":\""
                  + TestTenants.CUSTOMER_PASSWORD
                  + "\",\"accepted\":["
                  + terms
                  + "]}");
      assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(201);
      phone.waitForText("#queue", email);
    }
  }
}
