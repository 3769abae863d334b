package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every money field of the staff pages refuses a negative, zero (where it must be more), too
 * precise or huge amount with a message on the page, and changes nothing: a wallet credit, a plan's
 * markup and backup price, a tax rate.
 */
@ExtendWith(ArquillianExtension.class)
class MoneyInputsIT {

  private static final List<String> BAD_AMOUNTS =
      List.of("-5", "0", "0.0000001", "12.345", "9999999999999");

  @Inject TestTenants tenants;
  @EJB Wallets wallets;
  @EJB PlanCatalog catalog;
  @EJB TaxRules taxRules;

  private Fixture shop;
  private Http staff;
  private String base;

  @BeforeEach
  void staffLoggedIn() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("inputs"), new BigDecimal("10.00"));
    base = "t/" + shop.tenant().slug();
    staff = new Http(Http.localServer());
    FacesLogin.login(
        staff, base + "/login.xhtml", tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @Test
  void aWalletCreditOrDebitOfABadAmountIsRefused() {
    String page = base + "/admin/customers.xhtml";
    for (String amount : BAD_AMOUNTS) {
      for (String button : List.of("submit", "debit")) {
        HttpResponse<String> chosen =
            FacesLogin.submit(staff, page, "people", Map.of(), "customers:table:0:wallet");
        HttpResponse<String> answer =
            FacesLogin.submitOn(
                staff,
                page,
                chosen,
                "credit",
                Map.of(
                    "amount:input_input", amount, "amount:input_hinput", amount, "reason", "Test"),
                button);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
            .as(button + " " + amount)
            .contains("ui-messages-error")
            .doesNotContain("Wallet credited")
            .doesNotContain("Wallet debited");
      }
    }
    assertThat(shop.as(() -> wallets.balanceOf(shop.customerId())).amount())
        .isEqualByComparingTo("10.00");
  }

  @Test
  void aPlansMarkupOrBackupPriceThatDoesNotFitIsRefused() {
    String page = base + "/admin/index.xhtml";
    BigDecimal markup = shop.as(() -> catalog.find(shop.planId()).orElseThrow()).markupPercent();
    for (Map<String, String> prices :
        List.of(
            Map.of("markup", "-50", "backup", ""),
            Map.of("markup", "12.345", "backup", ""),
            Map.of("markup", "10000.01", "backup", ""),
            Map.of("markup", "25", "backup", "-5"),
            Map.of("markup", "25", "backup", "9999999999999"),
            Map.of("markup", "25", "backup", "1.234"),
            Map.of("markup", "lots", "backup", ""))) {
      Map<String, String> fields =
          Map.of("plan:0:markup", prices.get("markup"), "plan:0:backup", prices.get("backup"));
      HttpResponse<String> answer = FacesLogin.submit(staff, page, "prices", fields, "plan:0:save");
      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).as(prices.toString()).contains("ui-messages-error");
    }
    assertThat(shop.as(() -> catalog.find(shop.planId()).orElseThrow()))
        .satisfies(
            plan -> {
              assertThat(plan.markupPercent()).isEqualByComparingTo(markup);
              assertThat(plan.backupMonthlyPrice()).isNull();
            });
  }

  @Test
  void aTaxRateThatIsNotAPercentageIsRefused() {
    for (String rate : List.of("-20", "0", "100.5", "12.34567")) {
      HttpResponse<String> answer =
          FacesLogin.submit(
              staff,
              base + "/admin/billing.xhtml",
              "rule",
              Map.of(
                  "country", "AT",
                  "name", "USt",
                  "rate_input", rate,
                  "rate_hinput", rate,
                  "position_input", "1",
                  "position_hinput", "1"),
              "add");
      assertThat(answer.body()).as(rate).contains("ui-messages-error");
    }
    assertThat(shop.as(() -> taxRules.list())).isEmpty();
  }
}
