package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.infrastructure.InvoicePdf;
import io.brandcloud.identity.application.UserAccounts;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class InvoicingScenarioIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear(InvoicingScenarioIT.class, Scenario.class, Jobs.class);
  }

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB Invoicing invoicing;
  @EJB UserAccounts accounts;
  @EJB Wallets wallets;
  @EJB SellerProfile seller;

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void issuesOneGaplesslyNumberedInvoicePerCustomerAndMonthOnce() {
    YearMonth month = YearMonth.now(ZoneOffset.UTC).plusMonths(1);
    Instant start = month.atDay(3).atTime(9, 15).toInstant(ZoneOffset.UTC);
    scenario.at(start);
    Fixture shop =
        tenants.withCustomer(TestTenants.uniqueSlug("invoicing"), new BigDecimal("10.00"));
    long second =
        tenants.signUpCustomer(shop.tenant(), "second@example.test", "Second", "second-password");
    shop.as(
        () ->
            wallets.credit(
                second,
                new BigDecimal("10.00"),
                "Test credit",
                UUID.randomUUID().toString(),
                "test"));
    scenario.runningServer(shop, shop.customerId(), "app-1");
    scenario.at(start);
    scenario.runningServer(shop, second, "app-2");
    Jobs.chargeUpTo(start.plus(Duration.ofHours(3)));

    Instant afterMonthEnd = month.plusMonths(1).atDay(1).atTime(0, 30).toInstant(ZoneOffset.UTC);
    scenario.at(afterMonthEnd);
    Jobs.invoiceAsOf(afterMonthEnd);
    Jobs.invoiceAsOf(afterMonthEnd);

    List<InvoiceSummary> first = shop.as(() -> invoicing.invoicesOf(shop.customerId()));
    List<InvoiceSummary> other = shop.as(() -> invoicing.invoicesOf(second));
    assertThat(first).hasSize(1);
    assertThat(other).hasSize(1);
    assertThat(List.of(first.get(0).number(), other.get(0).number()))
        .containsExactlyInAnyOrder(
            "INV-" + month.getYear() + "-000001", "INV-" + month.getYear() + "-000002");
    InvoiceSummary invoice = first.get(0);
    assertThat(invoice.periodStart()).isEqualTo(month.atDay(1));
    assertThat(invoice.periodEnd()).isEqualTo(month.atEndOfMonth());
    assertThat(invoice.lines()).hasSize(1);
    assertThat(invoice.lines().get(0).hours()).isEqualTo(4);
    assertThat(invoice.total().amount()).isEqualByComparingTo("0.04");
    assertThat(invoice.payments()).as("the month's top-up is listed as a payment").hasSize(1);
    assertThat(invoice.payments().get(0).amount().amount()).isEqualByComparingTo("10");

    List<?> mails =
        tenants
            .em()
            .createNativeQuery(
                "SELECT recipient || ' ' || subject || ' ' || body FROM "
                    + shop.tenant().schema().name()
                    + ".mail_outbox WHERE subject LIKE '%invoice INV-%' ORDER BY id")
            .getResultList();
    assertThat(mails).as("one mail per invoice, none for the re-run").hasSize(2);
    assertThat(mails.toString())
        .contains(TestTenants.customerEmail(shop))
        .contains(invoice.number())
        .contains("/portal/invoices.xhtml");

    byte[] pdf =
        shop.as(
            () ->
                InvoicePdf.render(
                    invoice,
                    shop.tenant().brand(),
                    seller.current(),
                    shop.tenant().name(),
                    "customer"));
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(raw).startsWith("%PDF");
    assertThat(raw)
        .contains("Invoice " + invoice.number())
        .contains(shop.tenant().brand().productName());
  }
}
