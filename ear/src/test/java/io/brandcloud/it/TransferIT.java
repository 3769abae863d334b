package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.provisioning.reconciliation.application.ProviderReconciliation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transfer pooled per organisation and month on the simulator: the hourly reconciliation reads each
 * server's outbound traffic by the whole hour, the pool is the plans' transfer for their share of
 * the month, the owner is warned once at 80 % and once at 100 %, and what went above the pool is
 * charged once the month has ended, on the month's invoice.
 */
@ExtendWith(ArquillianExtension.class)
class TransferIT {

  // late in the month, so that a plan of 1 GB a month pools a few MB, which the simulator's
  // traffic uses up within hours
  private static final Instant START = Instant.parse("2026-03-31T12:10:00Z");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB ProviderReconciliation reconciliation;
  @Resource UserTransaction transaction;

  private Fixture shop;
  private Http owner;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("xfer"), new BigDecimal("50.00"));
    owner = TestTenants.customerLogin(shop);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void theServersTrafficIsReadByTheHourAndTheOwnerWarnedOnceAt80AndOnceAt100Percent() {
    scenario.at(START);
    shop.as(
        () ->
            inTransaction(
                () ->
                    tenants
                        .em()
                        .createNativeQuery(
                            "UPDATE provider_catalog SET transfer_gb = 1 WHERE kind = 'PLAN'"
                                + " AND code = (SELECT provider_plan_code FROM plans WHERE id = ?1)")
                        .setParameter(1, shop.planId())
                        .executeUpdate()));
    long server = scenario.runningServer(shop, shop.customerId(), "xfer-1");
    JsonObject fresh = transfer();
    assertThat(fresh.getString("month")).isEqualTo("2026-03");
    assertThat(fresh.getJsonNumber("usedGb").bigDecimalValue()).isZero();
    BigDecimal included = fresh.getJsonNumber("includedGb").bigDecimalValue();
    assertThat(included)
        .as("1 GB for the hours left in March")
        .isBetween(new BigDecimal("0.010"), new BigDecimal("0.020"));

    int percent = 0;
    Instant now = START;
    for (int hour = 1; hour <= 8 && percent < 100; hour++) {
      now = START.plus(Duration.ofHours(hour));
      scenario.at(now);
      shop.as(reconciliation::reconcile);
      JsonObject read = transfer();
      BigDecimal used = read.getJsonNumber("usedGb").bigDecimalValue();
      assertThat(used)
          .as("what the simulator measured, whole hours only")
          .isEqualByComparingTo(gb(storedBytesOut(server)));
      percent = read.getInt("percentUsed");
      assertThat(percent)
          .isEqualTo(
              used.multiply(BigDecimal.valueOf(100))
                  .divide(read.getJsonNumber("includedGb").bigDecimalValue(), 0, RoundingMode.DOWN)
                  .intValue());
      assertThat(warnings("all of this month"))
          .as("warned of the pool used up once, at " + percent + " %")
          .hasSize(percent >= 100 ? 1 : 0);
      assertThat(warnings("% of this month"))
          .as("warned at 80 % once, unless past 100 % already")
          .hasSizeLessThanOrEqualTo(percent >= 80 ? 1 : 0);
    }
    assertThat(percent).as("the simulator's traffic used the pool up").isGreaterThanOrEqualTo(100);
    assertThat(hoursRead(server))
        .as("from the hour it started in, every whole hour once")
        .isEqualTo(Duration.between(START.minusSeconds(600), now).toHours());

    shop.as(reconciliation::reconcile);
    assertThat(warnings("all of this month")).as("not again").hasSize(1);

    BigDecimal pool = transfer().getJsonNumber("includedGb").bigDecimalValue();
    Http staff = tenants.staffLogin(shop);
    assertThat(staff.put(shop.api("/admin/transfer-price"), "{\"gbPrice\":-1}").statusCode())
        .isEqualTo(400);
    assertThat(staff.put(shop.api("/admin/transfer-price"), "{\"gbPrice\":2.00}").statusCode())
        .isEqualTo(200);
    assertThat(transfer().getJsonObject("overageGbPrice").getString("amount")).isEqualTo("2");
    Instant april = Scenario.afterMonthOf(START);
    scenario.at(april);
    Jobs.invoiceAsOf(april);
    assertThat(strings("SELECT description FROM invoice_lines"))
        .as("not invoiced while March's last hours are unread")
        .isEmpty();
    shop.as(reconciliation::reconcile);
    Jobs.invoiceAsOf(april);
    Jobs.invoiceAsOf(april);
    ZoneId zone = shop.tenant().timeZone();
    BigDecimal over =
        gb(bytesOutBetween(
                server,
                YearMonth.of(2026, 3).atDay(1).atStartOfDay(zone).toInstant(),
                YearMonth.of(2026, 4).atDay(1).atStartOfDay(zone).toInstant()))
            .subtract(pool);
    BigDecimal charged = over.multiply(new BigDecimal("2.00")).setScale(2, RoundingMode.HALF_UP);
    assertThat(
            strings(
                "SELECT CAST(amount AS varchar) FROM ledger_entries WHERE reference LIKE 'transfer:%'"))
        .as("charged once, however often the month is invoiced")
        .singleElement()
        .satisfies(
            amount -> assertThat(new BigDecimal(amount)).isEqualByComparingTo(charged.negate()));
    assertThat(strings("SELECT description FROM invoice_lines WHERE server_id IS NULL"))
        .as("on the month's invoice, in a line of its own")
        .containsExactly(
            "Transfer above the pool, " + over.stripTrailingZeros().toPlainString() + " GB");
    assertThat(
            strings(
                "SELECT CAST(w.balance - (SELECT sum(amount) FROM ledger_entries e"
                    + " WHERE e.wallet_id = w.id) AS varchar) FROM wallets w"))
        .as("the wallet went down with its ledger")
        .singleElement()
        .satisfies(drift -> assertThat(new BigDecimal(drift)).isZero());
  }

  private List<String> strings(String query) {
    return tenants.strings(shop, query);
  }

  private <T> T inTransaction(Supplier<T> work) {
    try {
      transaction.begin();
      T result = work.get();
      transaction.commit();
      return result;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonObject transfer() {
    var answer = owner.get(shop.api("/transfer"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Http.json(answer.body());
  }

  private static BigDecimal gb(long bytes) {
    return BigDecimal.valueOf(bytes)
        .divide(BigDecimal.valueOf(1_000_000_000L), 3, RoundingMode.HALF_UP);
  }

  private long storedBytesOut(long server) {
    return number(
        "SELECT coalesce(sum(bytes_out), 0) FROM server_traffic WHERE server_id = ?1", server);
  }

  private long bytesOutBetween(long server, Instant from, Instant to) {
    return number(
        "SELECT coalesce(sum(bytes_out), 0) FROM server_traffic"
            + " WHERE server_id = ?1 AND hour >= ?2 AND hour < ?3",
        server,
        java.sql.Timestamp.from(from),
        java.sql.Timestamp.from(to));
  }

  private long hoursRead(long server) {
    return number("SELECT count(*) FROM server_traffic WHERE server_id = ?1", server);
  }

  /** The one number {@code query} answers, its parameters in order. */
  private long number(String query, Object... parameters) {
    return ((Number)
            shop.as(
                () -> {
                  var select = tenants.em().createNativeQuery(query);
                  for (int i = 0; i < parameters.length; i++) {
                    select.setParameter(i + 1, parameters[i]);
                  }
                  return select.getSingleResult();
                }))
        .longValue();
  }

  @SuppressWarnings("unchecked")
  private List<String> warnings(String subject) {
    return shop.as(
        () ->
            (List<String>)
                tenants
                    .em()
                    .createNativeQuery(
                        "SELECT subject FROM mail_outbox WHERE subject LIKE ?1 ORDER BY id")
                    .setParameter(1, "%" + subject + "%")
                    .getResultList());
  }
}
