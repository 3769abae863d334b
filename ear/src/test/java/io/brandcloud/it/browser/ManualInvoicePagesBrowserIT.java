package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One-off work billed in Chromium: the Acme admin writes an invoice line for the demo customer on
 * the customer's billing page, keeps it as a draft, issues it from the drafts (on a phone, in
 * German, it fits too), and the customer pays it from the wallet on the invoices page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManualInvoicePagesBrowserIT {

  @Test
  void anAdminBillsOneOffWorkAndTheCustomerPaysItFromTheWallet() {
    String work = "Website migration " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser admin = Browser.open(Browser.DESKTOP, "en")) {
      admin.logIn("admin@acme.example", "acme-admin-demo");
      openCustomerBilling(admin);
      assertThat(admin.text("#drafts")).contains("No drafts");
      admin
          .type("#manual input[id$=':description']", work)
          .type("#manual input[id$=':amount:input_input']", "10.00");
      admin.click("#manual\\:saveDraft");
      admin.waitForText("#messages", "The draft was saved");
      admin.waitForText("#drafts", work);
      assertThat(admin.text("#drafts")).contains("€10.00 before tax");
      admin.fitsTheWindow("admin-manual-invoice");
      String issue =
          (String)
              admin.script(
                  "return [...document.querySelectorAll('#drafts .bc-server')]"
                      + ".find(card => card.textContent.includes(arguments[0]))"
                      + ".querySelector('button[id$=\":issue\"]').id",
                  work);
      admin.click("[id='" + issue + "']");
      admin.waitForText("#messages", "The invoice was issued");
      assertThat(admin.text("#invoices")).contains("Open").contains("€12.10");
    }
    try (Browser phone = Browser.open(Browser.PHONE, "de")) {
      phone.logIn("admin@acme.example", "acme-admin-demo");
      openCustomerBilling(phone);
      assertThat(phone.text("#manual")).contains("Leistung").contains("Nettobetrag");
      phone.fitsTheWindow("admin-manual-invoice-de");
    }
    try (Browser customer = Browser.open(Browser.DESKTOP, "en")) {
      customer.logIn("customer@acme.example", "acme-customer-demo");
      customer.go("t/acme/portal/invoices.xhtml");
      customer.waitForText("#inv\\:invoices", "Open");
      customer.click("#inv\\:invoices button[id$=':pay']");
      customer.waitForText("#messages", "is paid");
      assertThat(customer.text("#inv\\:invoices")).doesNotContain("Open");
      customer.fitsTheWindow("invoices-paid");
    }
  }

  private static void openCustomerBilling(Browser browser) {
    browser.go("t/acme/admin/customers.xhtml");
    String billing =
        (String)
            browser.script(
                "return [...document.querySelectorAll('tr')]"
                    + ".find(row => row.textContent.includes('customer@acme.example'))"
                    + ".querySelector('a[id$=\":billing\"]').id");
    browser.clickToLeave("[id='" + billing + "']");
    browser.waitForText("#manual", "");
  }
}
