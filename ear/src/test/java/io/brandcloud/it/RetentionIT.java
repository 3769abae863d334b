package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.ManualInvoices;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shop keeps files on closed tickets, sent mail, login records and audit entries as long as its
 * admins say; the nightly job deletes what is older, keeps what is younger or still waiting, and
 * counts what it deleted in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB ManualInvoices manual;
  @Resource UserTransaction transaction;

  private Fixture shop;
  private Http customer;
  private Http staff;
  private Instant start;

  @BeforeEach
  void shop() {
    start = Scenario.nextMonthAt("09:00");
    scenario.at(start);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("retention"), BigDecimal.ONE);
    Http http = new Http(Http.localServer());
    customer = http.as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void theNightlyJobDeletesWhatThePolicyNoLongerKeepsAndCountsIt() {
    assertThat(staff.put(api("/admin/retention"), "{\"mailDays\":3}").statusCode()).isEqualTo(400);
    assertThat(staff.put(api("/admin/retention"), "{\"auditDays\":4000}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> policy =
        staff.put(
            api("/admin/retention"),
            "{\"attachmentDays\":30,\"mailDays\":7,\"loginDays\":7,\"auditDays\":30}");
    assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
    assertThat(Http.json(staff.get(api("/admin/retention")).body()).getInt("mailDays"))
        .isEqualTo(7);

    TestTickets.WithFile old =
        TestTickets.open(customer, api(""), "Old", "Long ago", "old.log", "boot log");
    long ticket = old.ticket();
    long fileId = old.file();
    customer.post(api("/tickets/" + ticket + "/close"), "");
    FacesLogin.login(
        new Http(Http.localServer()),
        "t/" + shop.tenant().slug() + "/login.xhtml",
        TestTenants.customerEmail(shop),
        TestTenants.CUSTOMER_PASSWORD);
    assertThat(count("SELECT count(*) FROM login_sessions")).isEqualTo(1);
    new Http(Http.localServer())
        .post(
            api("/account/password-resets"),
            "{\"email\":\"" + TestTenants.customerEmail(shop) + "\"}");
    assertThat(count("SELECT count(*) FROM mail_outbox")).isGreaterThanOrEqualTo(2);
    // no SMTP server listens for a test inside the server, and mail rows take the database's time,
    // not the test's clock: the rows are dated as written now and stand for mail delivered, but for
    // the newest, which is still waiting
    update("UPDATE mail_outbox SET created_at = ?1", start);
    update("UPDATE notifications SET created_at = ?1", start);
    assertThat(count("SELECT count(*) FROM notifications"))
        .as("the shop's credit told")
        .isPositive();
    update(
        "UPDATE mail_outbox SET status = 'SENT', sent_at = ?1"
            + " WHERE id <> (SELECT max(id) FROM mail_outbox)",
        start);

    Instant later = start.plus(Duration.ofDays(31));
    scenario.at(later);
    new Http(Http.localServer())
        .post(
            api("/account/password-resets"),
            "{\"email\":\"" + TestTenants.customerEmail(shop) + "\"}");
    update(
        "UPDATE mail_outbox SET created_at = ?1, status = 'SENT', sent_at = ?1"
            + " WHERE id = (SELECT max(id) FROM mail_outbox WHERE subject LIKE '%reset your password%')",
        later);
    String oldPending =
        "SELECT count(*) FROM mail_outbox WHERE created_at < ?1 AND status = 'PENDING'";
    long waiting = count(oldPending, later);
    assertThat(waiting).isPositive();
    assertThat(Jobs.purgePastRetention()).isEqualTo(BatchStatus.COMPLETED);

    assertThat(customer.getBytes(api("/tickets/" + ticket + "/attachments/" + fileId)).statusCode())
        .isEqualTo(404);
    assertThat(count("SELECT count(*) FROM support_ticket_attachment_contents")).isZero();
    assertThat(count("SELECT count(*) FROM login_sessions")).isZero();
    assertThat(
            count(
                "SELECT count(*) FROM mail_outbox WHERE created_at < ?1 AND status <> 'PENDING'",
                later))
        .as("sent mail older than a week")
        .isZero();
    assertThat(count(oldPending, later))
        .as("mail still waiting stays, however old")
        .isEqualTo(waiting);
    assertThat(count("SELECT count(*) FROM mail_outbox WHERE created_at >= ?1", later))
        .as("today's mail stays")
        .isPositive();
    assertThat(count("SELECT count(*) FROM notifications WHERE created_at < ?1", later))
        .as("notifications go with the mail")
        .isZero();
    assertThat(count("SELECT count(*) FROM audit_log WHERE occurred_at < ?1", later))
        .as("audit entries older than 30 days")
        .isZero();
    assertThat(staff.get(api("/admin/audit?action=retention.purged")).body())
        .containsPattern(
            "1 attachment\\(s\\), [1-9][0-9]* mail\\(s\\), [1-9][0-9]* notification\\(s\\),"
                + " 1 login session\\(s\\)");
    assertThat(customer.get(api("/tickets/" + ticket)).statusCode())
        .as("the ticket itself stays")
        .isEqualTo(200);
  }

  @Test
  void anAccountClosedLongerAgoThanThePolicyKeepsIsErased() {
    assertThat(staff.put(api("/admin/retention"), "{\"closedAccountDays\":10}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> policy = staff.put(api("/admin/retention"), "{\"closedAccountDays\":30}");
    assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
    assertThat(Http.json(policy.body()).getInt("closedAccountDays")).isEqualTo(30);
    Fixture leaving = tenants.anotherCustomer(shop, BigDecimal.ZERO);
    close(leaving);
    scenario.at(start.plus(Duration.ofDays(20)));
    Fixture recent = tenants.anotherCustomer(shop, BigDecimal.ZERO);
    String recentEmail = emailOf(recent);
    close(recent);

    scenario.at(start.plus(Duration.ofDays(31)));
    assertThat(Jobs.purgePastRetention()).isEqualTo(BatchStatus.COMPLETED);

    assertThat(emailOf(leaving)).isEqualTo("erased-" + leaving.userId() + "@erased.invalid");
    assertThat(emailOf(recent)).as("closed 11 days ago: kept").isEqualTo(recentEmail);
    assertThat(emailOf(shop)).as("open accounts are no business of it").contains("customer@");
    assertThat(staff.get(api("/admin/audit?action=retention.purged")).body())
        .contains("1 closed account(s) erased");
    JsonObject record = Http.jsonArray(staff.get(api("/admin/erasures")).body()).getJsonObject(0);
    assertThat(record.getString("requestedBy")).isEqualTo("retention");
    assertThat(record.getJsonNumber("userId").longValue()).isEqualTo(leaving.userId());
  }

  @Test
  void invoicesOfAClosedAccountStopNamingWhomTheyWereBilledToAfterTheLegalYears() {
    assertThat(staff.put(api("/admin/retention"), "{\"billingYears\":4}").statusCode())
        .isEqualTo(400);
    assertThat(Http.json(staff.get(api("/admin/retention")).body()).getInt("billingYears"))
        .as("ten years, as German law asks")
        .isEqualTo(10);
    Fixture leaving = tenants.anotherCustomer(shop, new BigDecimal("20.00"));
    long closedInvoice = paidInvoice(leaving);
    close(leaving);
    long openInvoice = paidInvoice(tenants.anotherCustomer(shop, new BigDecimal("20.00")));
    Instant elevenYearsAgo = start.atZone(ZoneOffset.UTC).minusYears(11).toInstant();
    update(
        "UPDATE invoices SET issued_at = ?1 WHERE id IN ("
            + closedInvoice
            + ", "
            + openInvoice
            + ")",
        elevenYearsAgo);

    assertThat(Jobs.purgePastRetention()).isEqualTo(BatchStatus.COMPLETED);

    assertThat(billedTo(closedInvoice)).isEmpty();
    assertThat(billedTo(openInvoice)).as("an open account's invoices are kept whole").isNotEmpty();
    assertThat(count("SELECT count(*) FROM invoices WHERE id = " + closedInvoice))
        .as("the invoice and its amounts stay")
        .isEqualTo(1);
    assertThat(staff.get(api("/admin/audit?action=retention.purged")).body())
        .contains("1 invoice(s) no longer naming whom they were billed to");
  }

  private long paidInvoice(Fixture customer) {
    return TestInvoices.paid(shop, manual, customer.customerId());
  }

  private String billedTo(long invoice) {
    return tenants
        .strings(shop, "SELECT coalesce(billed_to, 'null') FROM invoices WHERE id = " + invoice)
        .get(0);
  }

  private void close(Fixture customer) {
    HttpResponse<String> closed =
        new Http(Http.localServer())
            .as(emailOf(customer), TestTenants.CUSTOMER_PASSWORD)
            .post(
                api("/organisations/" + customer.customerId() + "/close"),
                "{\"currentPassword\":\"" + TestTenants.CUSTOMER_PASSWORD + "\"}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(Http.json(closed.body()).getBoolean("loginClosed")).isTrue();
  }

  private String emailOf(Fixture customer) {
    return tenants.strings(shop, "SELECT email FROM users WHERE id = " + customer.userId()).get(0);
  }

  private void update(String sql, Instant at) {
    try {
      transaction.begin();
      shop.as(
          () ->
              tenants
                  .em()
                  .createNativeQuery(sql)
                  .setParameter(1, java.sql.Timestamp.from(at))
                  .executeUpdate());
      transaction.commit();
    } catch (Exception e) {
      throw new IllegalStateException(sql, e);
    }
  }

  private long count(String sql, Instant... at) {
    return shop.as(
        () -> {
          var query = tenants.em().createNativeQuery(sql);
          if (at.length > 0) {
            query.setParameter(1, java.sql.Timestamp.from(at[0]));
          }
          return ((Number) query.getSingleResult()).longValue();
        });
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
