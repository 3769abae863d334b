package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.FreshShop;
import io.brandcloud.it.Http;
import io.brandcloud.it.TestDns;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shop's admin asks for a domain of their own on the Brand page and sees the DNS records to set;
 * the operator approves it on the tenants page, and the shop answers on it; on a phone, in German,
 * the admin sees where the shop is served and withdraws a second request after a confirmation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DomainPagesBrowserIT {

  @Test
  void anAdminAsksForADomainAndTheOperatorApprovesIt() {
    Http http = new Http(Http.testServer());
    FreshShop shop = FreshShop.open(http, "domainpage", "EUR");
    String base = "t/" + shop.slug;
    String domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    String card = "[data-domain='" + domain + "']";
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin.logIn(base + "/login.xhtml", shop.adminEmail(), Http.OWN_STAFF_PASSWORD);
      admin.go(base + "/admin/brand.xhtml");
      admin.type("#domains\\:wanted", "not a domain").click("#domains\\:ask");
      admin.waitForText("#messages", "is not a domain name");
      admin.type("#domains\\:wanted", domain).click("#domains\\:ask");
      admin.waitForText("#messages", "waits for the operator's approval");
      assertThat(admin.text(card))
          .contains("Waiting for approval", Http.localServer().getHost(), "TXT")
          .contains("_brandcloud." + domain)
          .contains("brandcloud-domain=");
      admin.fitsTheWindow("brand-domains-en");
    }
    try (Browser operator = Browser.open(Browser.DESKTOP, "en")) {
      operator.logIn("platform/login.xhtml", "operator@brandcloud.local", "it-operator-password");
      operator.go("platform/index.xhtml");
      assertThat(operator.text("#tenants\\:domain-requests " + card))
          .contains("Shop " + shop.slug, "brandcloud-domain=");
      operator.fitsTheWindow("platform-domain-requests");
      try (TestDns dns = TestDns.start()) {
        operator.click(card + " button[id$=':look-up-txt']");
        operator.waitForText("#messages", "DNS has no TXT record at _brandcloud." + domain);
        dns.txt("_brandcloud." + domain, "brandcloud-domain=" + tokenOf(operator, card));
        operator.click(card + " button[id$=':look-up-txt']");
        operator.waitForText("#messages", "holds the domain");
      }
      operator.click(card + " button[id$=':approve']");
      operator.waitForText("#messages", domain + " is approved");
      assertThat(operator.all(card)).isEmpty();
    }
    assertThat(http.withHost(domain).get("pricing.xhtml").body()).contains("Shop Cloud");

    String second = "www." + domain;
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn(base + "/login.xhtml", shop.adminEmail(), Http.OWN_STAFF_PASSWORD);
      phone.go(base + "/admin/brand.xhtml");
      assertThat(phone.text("#domains")).contains("Ihr Shop ist erreichbar unter:", domain);
      phone.type("#domains\\:wanted", second).click("#domains\\:ask");
      phone.waitForText("[data-domain='" + second + "']", "Wartet auf Freigabe");
      phone.fitsTheWindow("brand-domains-de");
      try (Browser operator = Browser.open(Browser.PHONE, "de")) {
        operator.logIn("platform/login.xhtml", "operator@brandcloud.local", "it-operator-password");
        operator.go("platform/index.xhtml");
        assertThat(operator.text("#tenants\\:domain-requests [data-domain='" + second + "']"))
            .contains("TXT nachschlagen", "Freigeben");
        operator.fitsTheWindow("platform-domain-requests-de");
      }
      phone
          .click("[data-domain='" + second + "'] [id$=':withdraw:button']")
          .click(".ui-confirmdialog-yes");
      phone.waitForText("#messages", "zur\u00fcckgezogen");
      assertThat(phone.all("[data-domain='" + second + "']")).isEmpty();
    }
  }

  /** The TXT text the operator's card shows, after "brandcloud-domain=". */
  private static String tokenOf(Browser operator, String card) {
    String shown = operator.text(card);
    int at = shown.indexOf("brandcloud-domain=") + "brandcloud-domain=".length();
    return shown.substring(at).split("\\s")[0];
  }
}
