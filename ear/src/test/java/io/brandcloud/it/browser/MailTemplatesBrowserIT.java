package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.FreshShop;
import io.brandcloud.it.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new shop's admin finds every mail the shop sends, rewords the invoice mail with a preview in
 * made-up values (a name the mail does not know is refused, not sent), saves it and goes back to
 * Brandcloud's wording; on a phone, in German.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailTemplatesBrowserIT {

  private static final String INVOICE_MAIL = "[data-type=invoice-issued]";

  @Test
  void anAdminRewordsTheInvoiceMailAndTakesItBack() {
    FreshShop shop = FreshShop.open(new Http(Http.testServer()), "mailpage", "EUR");
    String base = "t/" + shop.slug;
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin.logIn(base + "/login.xhtml", shop.adminEmail(), Http.OWN_STAFF_PASSWORD);
      admin.go(base + "/admin/brand.xhtml");
      admin.clickToLeave("#mail-wording");
      admin.waitForUrl("/admin/mail.xhtml");
      assertThat(admin.text(INVOICE_MAIL)).contains("Invoice issued", "Brandcloud's wording");
      assertThat(admin.all("#list .bc-server")).hasSizeGreaterThan(25);

      admin.click(INVOICE_MAIL + " button[id$=':edit']");
      admin.waitForText("#editor", "Invoice issued");
      assertThat(admin.text("#variables")).contains("{{number}}", "{{total}}", "{{product}}");

      admin.type("#template\\:body", "Hello {{nobody}}").click("#template\\:preview");
      admin.waitForText("#messages", "nobody");
      assertThat(admin.all("#preview-body"))
          .as("nothing is drawn from a refused template")
          .isEmpty();

      admin
          .type("#template\\:subject", "Your bill {{number}} from {{product}}")
          .type("#template\\:body", "Hello {{name}}, your bill {{number}} comes to {{total}}.")
          .click("#template\\:preview");
      admin.waitForText("#preview-subject", "Your bill");
      assertThat(admin.text("#preview-subject")).contains("Shop Cloud").doesNotContain("{{");
      assertThat(admin.text("#preview-body")).startsWith("Hello ").doesNotContain("{{");
      admin.fitsTheWindow("admin-mail-preview");

      admin.click("#template\\:save");
      admin.waitForText("#messages", "is saved");
      admin.waitForText(INVOICE_MAIL, "Your wording");
      assertThat(admin.text(INVOICE_MAIL)).contains("Your bill {{number}} from {{product}}");

      admin.click("#template\\:reset\\:button").click(".ui-confirmdialog-yes");
      admin.waitForText("#messages", "Brandcloud's wording again");
      admin.waitForText(INVOICE_MAIL, "Brandcloud's wording");
      assertThat(admin.text(INVOICE_MAIL)).doesNotContain("Your bill");
    }
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn(base + "/login.xhtml", shop.adminEmail(), Http.OWN_STAFF_PASSWORD);
      phone.go(base + "/admin/mail.xhtml");
      assertThat(phone.text(INVOICE_MAIL))
          .contains("Rechnung ausgestellt", "Wortlaut von Brandcloud");
      phone.click(INVOICE_MAIL + " button[id$=':edit']");
      phone.waitForText("#editor", "Rechnung ausgestellt");
      phone.fitsTheWindow("admin-mail-de");
    }
  }
}
