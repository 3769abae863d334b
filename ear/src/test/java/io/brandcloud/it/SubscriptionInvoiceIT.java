package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.billing.application.CreditNoteSummary;
import io.brandcloud.billing.application.CreditNotes;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.LedgerLine;
import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.InvoiceKind;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.subscriptions.application.OrderPreview;
import io.brandcloud.subscriptions.application.SubscriptionOrder;
import io.brandcloud.subscriptions.application.SubscriptionView;
import io.brandcloud.subscriptions.application.Subscriptions;
import io.brandcloud.subscriptions.application.UnpaidRenewals;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every term a subscription pays is an invoice with its tax: paid from the wallet at once (one by
 * one or in bulk), left open when a renewal is not covered and paid later, voided with a credit
 * note when the subscription ends unpaid; the unused part of a term given back is a credit note
 * with its share of the tax. Customers in Germany, 19 % VAT.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriptionInvoiceIT {

  @Inject SubscriptionShop shop;
  @Inject Scenario scenario;
  @Inject TestTenants tenants;
  @EJB Subscriptions subscriptions;
  @EJB UnpaidRenewals unpaidRenewals;
  @EJB Invoicing invoicing;
  @EJB ManualInvoices manualInvoices;
  @EJB CreditNotes creditNotes;
  @EJB Wallets wallets;
  @EJB TenantSettings settings;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void anAnnualServiceWithASetUpFeeIsOneInvoiceWithItsTaxPaidFromTheWallet() {
    germanShop("2000.00", "2027-01-15");
    long product = shop.product("service", "Managed database", "annual", "1200.00", "100.00", 0);
    OrderPreview preview =
        shop.as(
            () ->
                subscriptions.previewOrder(
                    shop.customerId(),
                    new SubscriptionOrder(product, "annual", null, null, "preview")));
    assertThat(preview.tax().amount()).isEqualByComparingTo("247.00");
    assertThat(preview.due().amount()).as("what the wallet pays").isEqualByComparingTo("1547.00");

    SubscriptionView ordered = shop.order(product, "annual", null, null);

    assertThat(shop.balance()).isEqualByComparingTo("453.00");
    InvoiceSummary invoice = only(invoices());
    assertThat(invoice.kind()).isEqualTo(InvoiceKind.SUBSCRIPTION);
    assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.subscriptionId()).isEqualTo(ordered.id());
    assertThat(invoice.number()).matches("INV-2027-\\d{6}");
    assertThat(invoice.lines())
        .extracting(InvoiceSummary.Line::description)
        .containsExactly(
            "Managed database, annual term 2027-01-15 to 2028-01-14",
            "Managed database, set-up fee");
    assertThat(invoice.lines())
        .extracting(line -> line.text().in(Locale.GERMAN))
        .as("a German reader's invoice")
        .containsExactly(
            "Managed database, j\u00e4hrliche Laufzeit 15.01.2027 bis 14.01.2028",
            "Managed database, Einrichtungsgeb\u00fchr");
    assertThat(invoice.subtotal().amount()).isEqualByComparingTo("1300.00");
    assertThat(invoice.taxTotal().amount()).isEqualByComparingTo("247.00");
    assertThat(invoice.total().amount()).isEqualByComparingTo("1547.00");
    assertThat(invoice.periodEnd()).isEqualTo("2028-01-14");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void theCustomerSeesTheTaxAndPaysItOverTheApi() {
    germanShop("100.00", "2027-01-15");
    long product = shop.product("service", "Managed backups", "monthly", "10.00", "5.00", 0);
    Http customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop.fixture()), TestTenants.CUSTOMER_PASSWORD);
    String base = "t/" + shop.tenant().slug() + "/api/v1";
    String order = "{\"productId\":" + product + ",\"cycle\":\"monthly\"";

    HttpResponse<String> preview =
        customer.post(base + "/subscriptions/order-preview", order + "}");
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(Http.json(preview.body()).getJsonObject("tax").getString("amount"))
        .isEqualTo("2.85");
    assertThat(Http.json(preview.body()).getJsonObject("due").getString("amount"))
        .isEqualTo("17.85");
    HttpResponse<String> ordered =
        customer.post(base + "/subscriptions", order + ",\"reference\":\"api-1\"}");
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    assertThat(shop.balance()).isEqualByComparingTo("82.15");
    HttpResponse<String> invoices = customer.get(base + "/invoices");
    assertThat(invoices.body())
        .contains(
            "\"kind\":\"subscription\"", "\"status\":\"paid\"", "Managed backups, set-up fee");
  }

  @Test
  void renewalsInBulkAreInvoicedAndTaxedLikeOneByOne() {
    germanShop("100.00", "2027-03-01");
    long product = shop.product("service", "Managed mail", "monthly", "10.00", null, 0);
    shop.order(product, "monthly", null, null);
    shop.order(product, "monthly", null, null);

    shop.renewOn("2027-04-01");

    assertThat(shop.balance()).as("four terms of 11.90").isEqualByComparingTo("52.40");
    List<InvoiceSummary> all = invoices();
    assertThat(all).hasSize(4).allMatch(i -> i.status() == InvoiceStatus.PAID);
    assertThat(all)
        .filteredOn(i -> i.periodStart().toString().equals("2027-04-01"))
        .hasSize(2)
        .allMatch(i -> i.total().amount().compareTo(new BigDecimal("11.90")) == 0)
        .allMatch(
            i ->
                i.lines()
                    .get(0)
                    .description()
                    .equals("Managed mail, monthly term 2027-04-01 to 2027-04-30"));
    assertThat(numbers(all)).as("gapless, each once").doesNotHaveDuplicates();
    shop.renewOn("2027-04-02");
    assertThat(invoices()).as("renewed once").hasSize(4);
    assertThat(shop.ledgerMatchesBalance()).isTrue();
    assertThat(inGerman(ledger()))
        .as("the bulk renewal's rows say the term and its tax in the reader's language")
        .containsSubsequence(
            "Steuer auf Managed mail, monatliche Laufzeit ab 01.04.2027",
            "Managed mail, monatliche Laufzeit ab 01.04.2027",
            "Steuer auf Managed mail, monatliche Laufzeit ab 01.03.2027",
            "Managed mail, monatliche Laufzeit ab 01.03.2027");
    assertThat(ledger())
        .extracting(LedgerLine::description)
        .as("and English as the ledger keeps it")
        .contains(
            "Managed mail, monthly term from 2027-04-01",
            "Tax on Managed mail, monthly term from 2027-04-01");
  }

  @Test
  void cancellingNowGivesBackTheUnusedDaysWithTheirTaxAsACreditNote() {
    germanShop("100.00", "2027-03-01");
    long product = shop.product("service", "Daily reports", "monthly", "31.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    assertThat(shop.balance()).as("31.00 and 5.89 VAT").isEqualByComparingTo("63.11");
    shop.at("2027-03-11");

    shop.as(() -> subscriptions.cancel(shop.customerId(), ordered.id(), true));

    CreditNoteSummary note = only(shop.as(() -> creditNotes.of(shop.customerId())));
    assertThat(note.invoiceNumber()).isEqualTo(only(invoices()).number());
    // 21 of 31 days back: 21.00 and its share of the tax, 3.99
    assertThat(note.total().amount()).isEqualByComparingTo("24.99");
    assertThat(shop.balance()).isEqualByComparingTo("88.10");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
    assertThat(inGerman(ledger()).get(0))
        .isEqualTo(
            "Gutschrift "
                + note.number()
                + " zur Rechnung "
                + note.invoiceNumber()
                + ": Daily reports: ungenutzter Teil der Laufzeit bis 31.03.2027 erstattet");
  }

  @Test
  void aRenewalTheWalletCannotPayLeavesItsInvoiceOpenUntilTheCustomerPaysIt() {
    germanShop("15.00", "2027-02-01");
    long product = shop.product("service", "Managed firewall", "monthly", "10.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    shop.renewOn("2027-03-01");
    shop.renewOn("2027-03-02");

    InvoiceSummary open = latest();
    assertThat(open.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(open.dueOn()).isEqualTo("2027-03-01");
    assertThat(open.total().amount()).isEqualByComparingTo("11.90");
    assertThat(invoices()).as("one invoice however often it is tried").hasSize(2);
    BrandcloudException short_ =
        assertThrows(
            BrandcloudException.class,
            () -> shop.as(() -> unpaidRenewals.payNow(shop.customerId(), ordered.id())));
    assertThat(short_.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
    BrandcloudException openNotCredited =
        assertThrows(
            BrandcloudException.class,
            () ->
                shop.as(
                    () ->
                        creditNotes.issue(
                            shop.customerId(), open.id(), BigDecimal.ONE, "goodwill", "r1", "t")));
    assertThat(openNotCredited.code()).as("nothing paid to credit").isEqualTo(ErrorCode.CONFLICT);

    shop.topUp("20.00");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "active".equals(shop.subscription(ordered.id()).status()));

    InvoiceSummary paid = latest();
    assertThat(paid.number()).as("the same invoice, now paid").isEqualTo(open.number());
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(shop.balance()).isEqualByComparingTo("11.20");
    BrandcloudException nothingDue =
        assertThrows(
            BrandcloudException.class,
            () -> shop.as(() -> unpaidRenewals.payNow(shop.customerId(), ordered.id())));
    assertThat(nothingDue.code()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void aTermWhoseInvoiceWasVoidedIsInvoicedAndChargedAgainWhenItRenewsAfterAll() {
    germanShop("15.00", "2027-02-01");
    long product = shop.product("service", "Managed VPN", "monthly", "10.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    shop.renewOn("2027-03-01");
    shop.as(() -> subscriptions.autoRenew(shop.customerId(), ordered.id(), false));
    assertThat(latest().status()).isEqualTo(InvoiceStatus.VOID);
    shop.as(() -> subscriptions.autoRenew(shop.customerId(), ordered.id(), true));

    shop.topUp("20.00");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "active".equals(shop.subscription(ordered.id()).status()));

    InvoiceSummary renewed = latest();
    assertThat(renewed.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(renewed.periodStart()).isEqualTo("2027-03-01");
    assertThat(shop.balance()).as("the term is paid, not given").isEqualByComparingTo("11.20");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void aSubscriptionThatEndsUnpaidHasItsOpenInvoiceVoidedByACreditNoteThatRefundsNothing() {
    germanShop("15.00", "2027-02-01");
    shop.as(() -> settings.change(SettingsChange.dunning(24, 3), "t"));
    long product = shop.product("service", "Managed DNS", "monthly", "10.00", null, 0);
    shop.order(product, "monthly", null, null);
    for (String day : List.of("2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04")) {
      shop.renewOn(day);
    }

    InvoiceSummary voided = latest();
    assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(voided.creditNotes()).hasSize(1);
    assertThat(voided.creditNotes().get(0).total().amount()).isEqualByComparingTo("11.90");
    assertThat(shop.balance()).as("nothing refunded").isEqualByComparingTo("3.10");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void withSevenDaysAheadARenewalIsInvoicedOpenAWeekEarlyAndPaidTheDayItRenews() {
    germanShop("100.00", "2027-03-01");
    renewalInvoicesDaysAhead(7);
    long product = shop.product("service", "Managed mail", "monthly", "10.00", null, 0);
    SubscriptionView ordered = shop.order(product, "monthly", null, null);
    shop.renewOn("2027-03-24");
    assertThat(invoices()).as("eight days ahead: not yet").hasSize(1);

    shop.renewOn("2027-03-25");
    InvoiceSummary ahead = latest();
    assertThat(ahead.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(ahead.dueOn()).isEqualTo("2027-04-01");
    assertThat(ahead.periodStart()).isEqualTo("2027-04-01");
    assertThat(ahead.total().amount()).isEqualByComparingTo("11.90");
    assertThat(shop.balance()).as("nothing taken before it is due").isEqualByComparingTo("88.10");
    assertThat(
            shop.text(
                "SELECT count(*) FROM %1$s.mail_outbox WHERE subject || body LIKE '%%"
                    + ahead.number()
                    + "%%'"))
        .as("the owner is mailed the invoice")
        .isEqualTo("1");
    shop.renewOn("2027-03-26");
    assertThat(invoices()).as("invoiced once").hasSize(2);
    BrandcloudException early =
        assertThrows(
            BrandcloudException.class,
            () -> shop.as(() -> manualInvoices.payable(shop.customerId(), ahead.id())));
    assertThat(early.code()).as("the renewal pays it").isEqualTo(ErrorCode.CONFLICT);

    shop.renewOn("2027-04-01");
    InvoiceSummary paid = latest();
    assertThat(paid.number()).isEqualTo(ahead.number());
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(shop.balance()).isEqualByComparingTo("76.20");
    assertThat(shop.subscription(ordered.id()).renewsOn()).isEqualTo("2027-05-01");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  @Test
  void aRenewalInvoicedAheadIsVoidedWhenItIsCalledOffOrReplacedByAChange() {
    germanShop("100.00", "2027-03-01");
    renewalInvoicesDaysAhead(7);
    long small = shop.product("service", "Backups S", "monthly", "10.00", null, 0);
    long large = shop.product("service", "Backups L", "monthly", "20.00", null, 0);
    SubscriptionView ending = shop.order(small, "monthly", null, null);
    SubscriptionView changing = shop.order(small, "monthly", null, null);
    shop.renewOn("2027-03-25");
    assertThat(invoices()).filteredOn(i -> i.status() == InvoiceStatus.OPEN).hasSize(2);

    shop.as(() -> subscriptions.cancel(shop.customerId(), ending.id(), false));
    shop.as(
        () -> subscriptions.change(shop.customerId(), changing.id(), large, "monthly", true, null));

    assertThat(invoices()).filteredOn(i -> i.status() == InvoiceStatus.OPEN).isEmpty();
    assertThat(invoices())
        .filteredOn(i -> i.status() == InvoiceStatus.VOID)
        .hasSize(2)
        .allMatch(i -> i.creditNotes().size() == 1);
    assertThat(shop.ledgerMatchesBalance()).isTrue();
  }

  private void renewalInvoicesDaysAhead(int days) {
    shop.as(() -> settings.change(SettingsChange.renewalInvoiceDays(days), "t"));
  }

  private void germanShop(String credit, String day) {
    shop.open("subinv", credit, day);
    shop.inGermany();
  }

  private List<LedgerLine> ledger() {
    return shop.as(() -> wallets.transactions(shop.customerId()));
  }

  private static List<String> inGerman(List<LedgerLine> lines) {
    return lines.stream().map(l -> l.describedIn(Locale.GERMAN)).toList();
  }

  private List<InvoiceSummary> invoices() {
    return shop.as(() -> invoicing.invoicesOf(shop.customerId()));
  }

  private InvoiceSummary latest() {
    return invoices().get(0);
  }

  private static List<String> numbers(List<InvoiceSummary> invoices) {
    return invoices.stream().map(InvoiceSummary::number).toList();
  }

  private static <T> T only(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
