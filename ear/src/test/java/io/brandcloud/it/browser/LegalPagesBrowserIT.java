package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.FreshShop;
import io.brandcloud.it.Http;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new reseller's admin writes the shop's terms on the Legal pages page (in German, on a desktop)
 * and publishes them; a visitor on a phone finds them in every page's footer and cannot sign up
 * without ticking that they accept them; terms changed while they read are shown again, unticked;
 * once they accept, the admin sees the new version accepted once and the old one never.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegalPagesBrowserIT {

  @Test
  void anAdminPublishesTheTermsAndAVisitorAcceptsThemAtSignUp() {
    FreshShop shop = FreshShop.open(new Http(Http.testServer()), "legalpages", "EUR");
    String base = "t/" + shop.slug;
    try (Browser admin = Browser.open(Browser.DESKTOP, "de")) {
      admin.logIn(base + "/login.xhtml", shop.adminEmail(), Http.OWN_STAFF_PASSWORD);
      admin.go(base + "/admin/legal.xhtml");
      assertThat(admin.text("#history")).contains("Noch nicht ver\u00f6ffentlicht");
      assertThat(admin.find("#editor\\:title").getAttribute("value"))
          .isEqualTo("Allgemeine Gesch\u00e4ftsbedingungen");
      admin
          .type("#editor\\:body", "# Unsere AGB\n\nSeien Sie freundlich.")
          .click("#editor\\:publish");
      admin.waitForText("#messages", "Version 1, ist ver\u00f6ffentlicht");
      assertThat(admin.text("#editor\\:next")).contains("Version 2");
      admin.fitsTheWindow("admin-legal-de");
    }

    String email = "legal-" + UUID.randomUUID().toString().substring(0, 8) + "@shop.test";
    try (Browser visitor = Browser.open(Browser.PHONE, "en")) {
      visitor.go(base + "/signup.xhtml");
      assertThat(visitor.text("footer")).contains("Allgemeine Gesch\u00e4ftsbedingungen");
      visitor
          .type("#signup\\:name", "Lea Legal")
          .type("#signup\\:email", email)
          .type("#signup\\:password", "legal-password-1")
          .clickToLeave("#signup\\:submit");
      assertThat(visitor.text("#messages")).contains("Tick the box to accept the shop's terms");
      visitor.fitsTheWindow("signup-terms");
      visitor.type("#signup\\:password", "legal-password-1").click("#signup\\:accept");
      assertThat(
              shop.admin
                  .post(
                      base + "/api/v1/admin/legal/terms",
                      "{\"title\":\"Allgemeine Gesch\u00e4ftsbedingungen\",\"body\":\"Neu.\"}")
                  .statusCode())
          .as("the terms change while the visitor reads them")
          .isEqualTo(201);
      visitor.clickToLeave("#signup\\:submit");
      assertThat(visitor.text("#messages")).contains("changed its terms while you read them");
      assertThat(visitor.find("#signup\\:accept").isSelected())
          .as("what they ticked was the old version")
          .isFalse();
      visitor
          .type("#signup\\:password", "legal-password-1")
          .click("#signup\\:accept")
          .clickToLeave("#signup\\:submit");
      visitor.waitForUrl("/verify.xhtml");

      visitor.go(base + "/legal.xhtml?page=terms");
      assertThat(visitor.text("#version")).contains("Version 2");
      assertThat(visitor.text("#body")).contains("Neu.");
      visitor.fitsTheWindow("legal-terms");
    }

    try (Browser admin = Browser.open(Browser.DESKTOP, "de")) {
      admin.logIn(base + "/login.xhtml", shop.adminEmail(), Http.OWN_STAFF_PASSWORD);
      admin.go(base + "/admin/legal.xhtml");
      assertThat(admin.all("#history\\:versions td.bc-accepted"))
          .extracting(cell -> cell.getText().strip())
          .as("version 2 accepted by the visitor's sign-up, version 1 by nobody")
          .containsExactly("1", "0");
    }
  }
}
