package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification centre over the API: a message the panel mails a customer (staff credit their
 * wallet) is kept for them to read, with a link to what it is about, until they mark it read; each
 * user chooses per kind of message whether it shows in the app, comes by mail, both or neither, and
 * the choice is honoured on the next message; mail that opens or protects an account cannot be
 * chosen away; another user's notification is not found.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

  @Inject TestTenants tenants;

  private Fixture shop;
  private Http staff;
  private Http customer;
  private int credits;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("notify"), new BigDecimal("10"));
    staff = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    customer = TestTenants.customerLogin(shop);
    // the shop's opening credit told the customer already
    assertThat(customer.post(api("/notifications/read"), "").statusCode()).isEqualTo(200);
    assertThat(unread(customer)).isZero();
  }

  @Test
  void aMailedMessageWaitsInTheAppUntilRead() {
    credit("5");
    JsonArray mine = Http.json(customer.get(api("/notifications")).body()).getJsonArray("data");
    assertThat(mine).hasSize(2);
    JsonObject told = mine.getJsonObject(0);
    assertThat(told.getString("subject")).contains("5.00");
    assertThat(told.getString("kind")).isEqualTo("wallet-credited");
    assertThat(told.getString("subject")).isNotBlank();
    assertThat(told.getString("link")).endsWith("/portal/wallet.xhtml");
    assertThat(told.containsKey("readAt")).isFalse();
    assertThat(unread(customer)).isEqualTo(1);
    assertThat(mailsToCustomer()).as("the opening credit's and this one").isEqualTo(2);

    long id = told.getJsonNumber("id").longValue();
    assertThat(staff.post(api("/notifications/" + id + "/read"), "").statusCode())
        .as("another user's notification is not found")
        .isEqualTo(404);
    HttpResponse<String> read = customer.post(api("/notifications/" + id + "/read"), "");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    assertThat(Http.json(read.body()).getInt("unread")).isZero();
    assertThat(
            Http.json(customer.get(api("/notifications")).body())
                .getJsonArray("data")
                .getJsonObject(0)
                .containsKey("readAt"))
        .isTrue();

    credit("1");
    credit("1");
    assertThat(unread(customer)).isEqualTo(2);
    assertThat(customer.post(api("/notifications/read"), "").statusCode()).isEqualTo(200);
    assertThat(unread(customer)).isZero();
    assertThat(customer.post(api("/notifications/999999/read"), "").statusCode()).isEqualTo(404);
  }

  @Test
  void eachKindComesTheWayItsUserChose() {
    JsonArray offered =
        Http.json(customer.get(api("/notifications/choices")).body()).getJsonArray("choices");
    List<String> kinds = offered.stream().map(c -> c.asJsonObject().getString("kind")).toList();
    assertThat(kinds).contains("wallet-credited", "invoice-issued", "server-ready");
    assertThat(kinds)
        .as("what opens or protects an account is always mailed")
        .doesNotContain("password-reset", "email-verification", "invitation", "login-reminder");
    assertThat(offered.getJsonObject(0).getBoolean("inApp")).isTrue();
    assertThat(offered.getJsonObject(0).getBoolean("mail")).isTrue();

    choose("{\"choices\":[{\"kind\":\"wallet-credited\",\"inApp\":false,\"mail\":true}]}");
    credit("1");
    assertThat(unread(customer)).as("not in the app").isZero();
    assertThat(mailsToCustomer()).as("by mail only").isEqualTo(2);

    choose("{\"choices\":[{\"kind\":\"wallet-credited\",\"inApp\":true,\"mail\":false}]}");
    credit("1");
    assertThat(unread(customer)).isEqualTo(1);
    assertThat(mailsToCustomer()).as("no mail this time").isEqualTo(2);
    JsonObject chosen =
        Http.json(customer.get(api("/notifications/choices")).body())
            .getJsonArray("choices")
            .stream()
            .map(JsonObject.class::cast)
            .filter(c -> c.getString("kind").equals("wallet-credited"))
            .findFirst()
            .orElseThrow();
    assertThat(chosen.getBoolean("inApp")).isTrue();
    assertThat(chosen.getBoolean("mail")).isFalse();
    assertThat(unread(staff)).as("staff's own notifications are theirs").isZero();
    assertThat(kinds)
        .as("customers are not offered staff's kinds")
        .doesNotContain("ticket-needs-answer");
    assertThat(staff.get(api("/notifications/choices")).body()).contains("ticket-needs-answer");

    for (String bad :
        List.of(
            "{\"choices\":[{\"kind\":\"password-reset\",\"inApp\":false,\"mail\":false}]}",
            "{\"choices\":[{\"kind\":\"ticket-needs-answer\",\"inApp\":false,\"mail\":true}]}",
            "{\"choices\":[{\"kind\":\"moon-phase\",\"inApp\":true,\"mail\":true}]}",
            "{\"choices\":[{\"kind\":\"wallet-credited\",\"inApp\":true}]}",
            "{\"choices\":[null]}",
            "{\"choices\":[]}",
            "{}")) {
      HttpResponse<String> refused = customer.put(api("/notifications/choices"), bad);
      assertThat(refused.statusCode()).as(bad + " → " + refused.body()).isEqualTo(400);
    }
    assertThat(
            Http.json(customer.get(api("/notifications/choices")).body())
                .getJsonArray("choices")
                .stream()
                .map(JsonObject.class::cast)
                .filter(c -> c.getString("kind").equals("password-reset"))
                .count())
        .isZero();
  }

  private void choose(String body) {
    HttpResponse<String> chosen = customer.put(api("/notifications/choices"), body);
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
  }

  private void credit(String amount) {
    credits++;
    HttpResponse<String> credited =
        staff.post(
            api("/admin/customers/" + shop.customerId() + "/credits"),
            "{\"amount\":\""
                + amount
                + "\",\"reason\":\"Goodwill\",\"reference\":\"notify-"
                + credits
                + "\"}");
    assertThat(credited.statusCode()).as(credited.body()).isBetween(200, 201);
  }

  private int unread(Http who) {
    return Http.json(who.get(api("/notifications/unread")).body()).getInt("unread");
  }

  private long mailsToCustomer() {
    return Long.parseLong(
        tenants
            .strings(
                shop,
                "SELECT count(*)::text FROM mail_outbox WHERE recipient = '"
                    + TestTenants.customerEmail(shop)
                    + "' AND subject LIKE '%added to your balance'")
            .get(0));
  }

  private String api(String path) {
    return "/t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
