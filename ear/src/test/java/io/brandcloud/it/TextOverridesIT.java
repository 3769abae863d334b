package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant rewords a portal text in one language: its pages say it at once, in that language only,
 * and no other tenant's do; a key the portal lacks or a broken placeholder is refused; undoing it
 * brings Brandcloud's wording back, and a change written behind the application's back (as another
 * node would) is seen within moments.
 */
@ExtendWith(ArquillianExtension.class)
class TextOverridesIT {

  private static final String TITLE = "/api/v1/admin/texts/en/portal.dashboard.title";

  @Inject TestTenants tenants;
  @Resource UserTransaction transaction;

  private Fixture shop;
  private Fixture other;
  private Http admin;

  @BeforeEach
  void twoShops() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("words"), BigDecimal.ONE);
    other = tenants.withCustomer(TestTenants.uniqueSlug("plain"), BigDecimal.ONE);
    admin = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @Test
  void aRewordedTextIsShownInItsLanguageAndTenantOnlyUntilItIsUndone() {
    HttpResponse<String> set =
        admin.put(base(shop) + TITLE, "{\"text\":\"Your cloud at a glance\"}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

    assertThat(dashboard(shop, null)).contains("Your cloud at a glance");
    assertThat(dashboard(shop, "de")).contains("Übersicht").doesNotContain("at a glance");
    assertThat(dashboard(other, null)).contains(">Dashboard<").doesNotContain("at a glance");
    assertThat(admin.get(base(shop) + "/api/v1/admin/texts").body())
        .contains("\"key\":\"portal.dashboard.title\"");

    assertThat(admin.delete(base(shop) + TITLE).statusCode()).isEqualTo(204);
    assertThat(dashboard(shop, null)).contains(">Dashboard<");
    assertThat(admin.delete(base(shop) + TITLE).statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownKeyABrokenPlaceholderOrACustomerIsRefused() {
    HttpResponse<String> unknown =
        admin.put(base(shop) + "/api/v1/admin/texts/en/portal.no.such.text", "{\"text\":\"x\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"key\"");
    HttpResponse<String> broken = admin.put(base(shop) + TITLE, "{\"text\":\"Hello {oops\"}");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("\"field\":\"text\"");
    HttpResponse<String> french =
        admin.put(base(shop) + "/api/v1/admin/texts/fr/portal.dashboard.title", "{\"text\":\"x\"}");
    assertThat(french.statusCode()).isEqualTo(400);
    Http customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    assertThat(customer.put(base(shop) + TITLE, "{\"text\":\"x\"}").statusCode()).isEqualTo(403);
  }

  @Test
  void aWordingWrittenBehindTheApplicationsBackIsShownWithinMoments() throws Exception {
    assertThat(admin.put(base(shop) + TITLE, "{\"text\":\"Before\"}").statusCode()).isEqualTo(200);
    assertThat(dashboard(shop, null)).contains("Before");

    transaction.begin();
    shop.as(
        () ->
            tenants
                .em()
                .createNativeQuery("UPDATE text_overrides SET text = 'After' WHERE language = 'en'")
                .executeUpdate());
    transaction.commit();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(dashboard(shop, null)).contains("After"));
  }

  private String dashboard(Fixture fixture, String language) {
    Http browser = new Http(Http.localServer());
    if (language != null) {
      browser = browser.withHeader("Accept-Language", language);
    }
    FacesLogin.login(
        browser,
        base(fixture).substring(1) + "/login.xhtml",
        TestTenants.customerEmail(fixture),
        TestTenants.CUSTOMER_PASSWORD);
    return browser.get(base(fixture).substring(1) + "/portal/index.xhtml").body();
  }

  private static String base(Fixture fixture) {
    return "/t/" + fixture.tenant().slug();
  }
}
