package io.brandcloud.it.browser;

/** The Acme admin's Customers page, as the browser tests of its access card use it. */
final class CustomersPage {

  private CustomersPage() {}

  /** Finds the customer by their login address and opens the access card on them. */
  static void chooseAccess(Browser admin, String email) {
    admin.go("t/acme/admin/customers.xhtml");
    admin.type("#people\\:query", email).click("#people\\:search");
    String access =
        (String)
            admin.script(
                "return [...document.querySelectorAll('tr')]"
                    + ".find(row => row.textContent.includes(arguments[0]))"
                    + ".querySelector('button[id$=\":access\"]').id",
                email);
    admin.click("[id='" + access + "']");
    admin.waitForText("#access-chosen", email);
  }
}
