package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.brandcloud.billing.application.InvoiceReminderMail;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.application.Invoicing;
import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.billing.domain.InvoiceKind;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invoices staff write for one-off work: a draft has no number and is not the customer's to see;
 * issued, it takes the next number and the taxes and is due days later; the customer pays it from
 * the wallet, or staff void it with a credit note that refunds nothing. Customer in Germany, 19 %.
 */
@ExtendWith(ArquillianExtension.class)
class ManualInvoiceIT {

  @Inject SubscriptionShop shop;
  @Inject Scenario scenario;
  @Inject TestTenants tenants;
  @EJB ManualInvoices manual;
  @EJB Invoicing invoicing;
  @EJB InvoiceReminderMail reminders;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void aDraftIsIssuedWithTheNextNumberAndItsTaxAndTheCustomerPaysIt() {
    germanShop("100.00");
    long draft =
        shop.as(
            () ->
                manual.draft(
                    shop.customerId(),
                    List.of(
                        new ManualInvoices.LineInput("Server migration", new BigDecimal("100.00"))),
                    14,
                    "t"));
    long thrownAway =
        shop.as(
            () ->
                manual.draft(
                    shop.customerId(),
                    List.of(new ManualInvoices.LineInput("Mistake", new BigDecimal("1.00"))),
                    7,
                    "t"));
    assertThat(invoices()).as("drafts are not the customer's to see").isEmpty();
    BrandcloudException hidden =
        assertThrows(
            BrandcloudException.class,
            () -> shop.as(() -> invoicing.invoiceOf(shop.customerId(), draft)));
    assertThat(hidden.code()).isEqualTo(ErrorCode.NOT_FOUND);

    shop.as(
        () -> {
          manual.edit(
              shop.customerId(),
              draft,
              List.of(
                  new ManualInvoices.LineInput("Server migration", new BigDecimal("100.00")),
                  new ManualInvoices.LineInput("Database tuning", new BigDecimal("50.00"))),
              14,
              "t");
          manual.delete(shop.customerId(), thrownAway, "t");
          return null;
        });
    shop.at("2027-05-10");
    InvoiceSummary issued = shop.as(() -> manual.issue(shop.customerId(), draft, "t"));

    assertThat(issued.number()).matches("INV-2027-\\d{6}");
    assertThat(issued.kind()).isEqualTo(InvoiceKind.MANUAL);
    assertThat(issued.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(issued.dueOn()).isEqualTo("2027-05-24");
    assertThat(issued.lines())
        .extracting(InvoiceSummary.Line::description)
        .containsExactly("Server migration", "Database tuning");
    assertThat(issued.taxTotal().amount()).isEqualByComparingTo("28.50");
    assertThat(issued.total().amount()).isEqualByComparingTo("178.50");

    BrandcloudException short_ =
        assertThrows(
            BrandcloudException.class, () -> shop.as(() -> manual.pay(shop.customerId(), draft)));
    assertThat(short_.code()).isEqualTo(ErrorCode.INSUFFICIENT_FUNDS);
    shop.topUp("100.00");
    InvoiceSummary paid = shop.as(() -> manual.pay(shop.customerId(), draft));
    assertThat(paid.status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(shop.balance()).isEqualByComparingTo("21.50");
    assertThat(shop.ledgerMatchesBalance()).isTrue();
    BrandcloudException twice =
        assertThrows(
            BrandcloudException.class, () -> shop.as(() -> manual.pay(shop.customerId(), draft)));
    assertThat(twice.code()).as("paid once").isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void anIssuedInvoiceIsVoidedByACreditNoteThatRefundsNothingAndNumbersStayGapless() {
    germanShop("10.00");
    InvoiceSummary first = issue("Consulting", "40.00");
    shop.as(
        () ->
            manual.draft(
                shop.customerId(),
                List.of(new ManualInvoices.LineInput("Never issued", new BigDecimal("5.00"))),
                0,
                "t"));
    InvoiceSummary second = issue("Training", "60.00");
    assertThat(sequence(second.number()) - sequence(first.number())).isEqualTo(1);

    shop.as(
        () -> {
          manual.voidInvoice(shop.customerId(), first.id(), "billed by mistake", "t");
          return null;
        });

    InvoiceSummary voided = shop.as(() -> invoicing.invoiceOf(shop.customerId(), first.id()));
    assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
    assertThat(voided.creditNotes()).hasSize(1);
    assertThat(voided.creditNotes().get(0).total().amount()).isEqualByComparingTo("47.60");
    assertThat(shop.balance()).as("nothing refunded").isEqualByComparingTo("10.00");
  }

  @Test
  void staffWriteAndCustomersPayOverTheApiAndBadInputIsRefused() {
    germanShop("200.00");
    Http staff =
        new Http(Http.localServer())
            .as(tenants.staffOf(shop.fixture()), TestTenants.STAFF_PASSWORD);
    Http customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop.fixture()), TestTenants.CUSTOMER_PASSWORD);
    String base = "t/" + shop.tenant().slug() + "/api/v1";
    String manualPath = base + "/admin/customers/" + shop.customerId() + "/manual-invoices";
    for (String bad :
        List.of(
            "{\"lines\":[]}",
            "{\"lines\":[{\"description\":\"Work\",\"amount\":-5}]}",
            "{\"lines\":[{\"description\":\"Work\",\"amount\":1.234}]}",
            "{\"lines\":[{\"description\":\"\",\"amount\":5}]}",
            "{\"lines\":[{\"description\":\"Work\",\"amount\":5}],\"dueInDays\":400}")) {
      assertThat(staff.post(manualPath, bad).statusCode()).as(bad).isEqualTo(400);
    }
    assertThat(
            staff
                .post(
                    base + "/admin/customers/999999/manual-invoices",
                    "{\"lines\":[{\"description\":\"Work\",\"amount\":5}]}")
                .statusCode())
        .isEqualTo(404);
    assertThat(
            customer
                .post(manualPath, "{\"lines\":[{\"description\":\"Work\",\"amount\":5}]}")
                .statusCode())
        .as("customers do not bill themselves")
        .isIn(401, 403);

    HttpResponse<String> issued =
        staff.post(
            manualPath,
            "{\"lines\":[{\"description\":\"Set-up work\",\"amount\":80}],\"dueInDays\":7,\"issue\":true}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JsonObject invoice = Http.json(issued.body());
    assertThat(invoice.getString("status")).isEqualTo("open");
    assertThat(invoice.getString("kind")).isEqualTo("manual");
    HttpResponse<String> paid =
        customer.post(base + "/invoices/" + invoice.getInt("id") + "/payment", "");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    assertThat(Http.json(paid.body()).getString("status")).isEqualTo("paid");
    assertThat(shop.balance()).isEqualByComparingTo("104.80");
    assertThat(
            customer.post(base + "/invoices/" + invoice.getInt("id") + "/payment", "").statusCode())
        .isEqualTo(404);
  }

  @Test
  void openInvoicesAreRemindedBeforeOnAndAfterTheirDueDayOnceEach() {
    germanShop("0.00");
    InvoiceSummary open = issue("Consulting", "40.00");
    InvoiceSummary paidInTime = issue("Training", "10.00");
    assertThat(open.dueOn()).isEqualTo("2027-05-17");

    assertThat(remindOn("2027-05-13")).as("three days before, by default").isZero();
    shop.topUp("11.90");
    shop.as(() -> manual.pay(shop.customerId(), paidInTime.id()));
    assertThat(remindOn("2027-05-14")).as("the paid one is not reminded of").isEqualTo(1);
    assertThat(remindOn("2027-05-15")).as("once").isZero();
    assertThat(remindOn("2027-05-17")).isEqualTo(1);
    assertThat(remindOn("2027-05-19")).isZero();
    assertThat(remindOn("2027-05-20")).isEqualTo(1);
    assertThat(remindOn("2027-06-30")).isZero();

    assertThat(
            shop.text(
                "SELECT string_agg(subject, ' | ' ORDER BY id) FROM %1$s.mail_outbox"
                    + " WHERE subject LIKE '%%is due%%' OR subject LIKE '%%is overdue%%'"))
        .contains(
            open.number() + " is due on",
            open.number() + " is due today",
            open.number() + " is overdue")
        .doesNotContain(paidInTime.number());

    InvoiceSummary soon = issue("Urgent work", "5.00", 2);
    assertThat(soon.dueOn()).isEqualTo("2027-07-02");
    assertThat(remindOn("2027-07-01"))
        .as("issued inside the window: its own mail has just said when it is due")
        .isZero();
    assertThat(remindOn("2027-07-02")).isEqualTo(1);
  }

  private int remindOn(String day) {
    shop.at(day);
    return shop.as(() -> reminders.remind(LocalDate.parse(day)));
  }

  private InvoiceSummary issue(String what, String amount) {
    return issue(what, amount, 14);
  }

  private InvoiceSummary issue(String what, String amount, int dueInDays) {
    return shop.as(
        () -> {
          long id =
              manual.draft(
                  shop.customerId(),
                  List.of(new ManualInvoices.LineInput(what, new BigDecimal(amount))),
                  dueInDays,
                  "t");
          return manual.issue(shop.customerId(), id, "t");
        });
  }

  private static int sequence(String number) {
    return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
  }

  private List<InvoiceSummary> invoices() {
    return shop.as(() -> invoicing.invoicesOf(shop.customerId()));
  }

  private void germanShop(String credit) {
    shop.open("manual", credit, "2027-05-03");
    shop.inGermany();
  }
}
