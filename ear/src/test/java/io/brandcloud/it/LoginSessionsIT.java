package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer sees each browser they are logged in with (device, address, when), ends one from
 * another, and the ended one is logged out at its next request; last activity is written every few
 * minutes, not on each request.
 */
@ExtendWith(ArquillianExtension.class)
class LoginSessionsIT {

  private static final String FIREFOX =
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
  private static final String IPHONE =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
          + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  private Fixture shop;
  private Instant start;

  @BeforeEach
  void shop() {
    start = Scenario.nextMonthAt("09:00");
    scenario.at(start);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("sessions"), BigDecimal.ONE);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void aCustomerSeesWhereTheyAreLoggedInAndEndsTheBrowserTheyLost() {
    Http laptop = loggedIn(FIREFOX, "198.51.100.7");
    scenario.at(start.plus(Duration.ofMinutes(1)));
    Http phone = loggedIn(IPHONE, "203.0.113.9");

    JsonArray listed = Http.jsonArray(laptop.get(api("/account/sessions")).body());
    assertThat(listed).hasSize(2);
    JsonObject here = only(listed, true);
    JsonObject lost = only(listed, false);
    assertThat(here.getString("device")).isEqualTo("Firefox 133 · Windows 10");
    assertThat(here.getString("address")).isEqualTo("198.51.100.7");
    assertThat(Instant.parse(here.getString("startedAt"))).isEqualTo(start);
    assertThat(lost.getString("device")).isEqualTo("Mobile Safari 18 · iOS 18 · iPhone");
    assertThat(lost.getString("address")).isEqualTo("203.0.113.9");

    var ended = laptop.post(api("/account/sessions/" + lost.getJsonNumber("id") + "/end"), "{}");
    assertThat(ended.statusCode()).isEqualTo(200);
    assertThat(phone.get(portal()).statusCode()).as("the lost phone is logged out").isEqualTo(302);
    assertThat(laptop.get(portal()).statusCode()).isEqualTo(200);
    assertThat(Http.jsonArray(laptop.get(api("/account/sessions")).body())).hasSize(1);
    assertThat(
            laptop
                .post(api("/account/sessions/" + lost.getJsonNumber("id") + "/end"), "{}")
                .statusCode())
        .as("ended already")
        .isEqualTo(404);

    String neighbour = "neighbour@" + shop.tenant().slug() + ".test";
    tenants.signUpCustomer(shop.tenant(), neighbour, "Neighbour", TestTenants.CUSTOMER_PASSWORD);
    assertThat(
            new Http(Http.localServer())
                .as(neighbour, TestTenants.CUSTOMER_PASSWORD)
                .post(api("/account/sessions/" + here.getJsonNumber("id") + "/end"), "{}")
                .statusCode())
        .as("another customer's session does not exist for them")
        .isEqualTo(404);
    assertThat(laptop.get(portal()).statusCode()).isEqualTo(200);

    assertThat(laptop.post(api("/account/sessions/end"), "{}").statusCode()).isEqualTo(200);
    assertThat(listedOverBasicAuth())
        .as("logging out everywhere leaves no session listed")
        .isEqualTo("[]");
  }

  @Test
  void lastActivityIsWrittenEveryFewMinutesNotOnEveryRequest() {
    Http laptop = loggedIn(FIREFOX, "198.51.100.7");
    scenario.at(start.plus(Duration.ofMinutes(2)));
    assertThat(laptop.get(portal()).statusCode()).isEqualTo(200);
    assertThat(lastSeen(laptop)).isEqualTo(start);

    scenario.at(start.plus(Duration.ofMinutes(6)));
    assertThat(laptop.get(portal()).statusCode()).isEqualTo(200);
    assertThat(lastSeen(laptop)).isEqualTo(start.plus(Duration.ofMinutes(6)));

    scenario.at(start.plus(Duration.ofMinutes(50)));
    assertThat(listedOverBasicAuth())
        .as("a browser idle past the session timeout is no longer listed")
        .isEqualTo("[]");
  }

  private Http loggedIn(String userAgent, String address) {
    Http browser =
        new Http(Http.localServer())
            .withHeader("User-Agent", userAgent)
            .withHeader("X-Forwarded-For", address);
    FacesLogin.login(
        browser,
        "t/" + shop.tenant().slug() + "/login.xhtml",
        TestTenants.customerEmail(shop),
        TestTenants.CUSTOMER_PASSWORD);
    assertThat(browser.get(portal()).statusCode()).isEqualTo(200);
    return browser;
  }

  /** The sessions as a script with the password sees them: none of them is its own. */
  private String listedOverBasicAuth() {
    return new Http(Http.localServer())
        .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD)
        .get(api("/account/sessions"))
        .body();
  }

  private Instant lastSeen(Http browser) {
    return Instant.parse(
        Http.jsonArray(browser.get(api("/account/sessions")).body())
            .getJsonObject(0)
            .getString("lastSeenAt"));
  }

  private static JsonObject only(JsonArray sessions, boolean current) {
    List<JsonObject> matching =
        sessions.getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getBoolean("current") == current)
            .toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  private String portal() {
    return "t/" + shop.tenant().slug() + "/portal/index.xhtml";
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
