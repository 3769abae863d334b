package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An organisation's activity feed after a day of ordinary work, a minute between steps: its owner
 * ordered a server, started a top-up, made an API key, invited a member who joined, changed their
 * role and removed them, and revoked the key. The owner reads it all newest first, members by name;
 * a viewer and an API key (even the owner's) are refused, since it names members' logins; a
 * customer of the same shop reads nothing of it in their own feed.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityFeedIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void theOwnerReadsWhatHappenedNewestFirstAndNobodyElseDoes() {
    Instant start = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("feed"), new BigDecimal("50"));
    Http owner = TestTenants.customerLogin(shop);
    ok(
        tenants
            .staffLogin(shop)
            .put(
                api(shop, "/admin/payment-gateways/test"),
                "{\"webhookSecret\":\"feed-test-secret\",\"minAmount\":\"5\","
                    + "\"maxAmount\":\"500\",\"presets\":[\"10\"]}"),
        200);
    scenario.runningServer(shop, shop.customerId(), "feed-box");
    scenario.at(start.plus(Duration.ofMinutes(10)));
    ok(owner.post(api(shop, "/payments"), "{\"amount\":\"10.00\",\"gateway\":\"test\"}"), 201);
    scenario.at(start.plus(Duration.ofMinutes(11)));
    HttpResponse<String> key =
        owner.post(api(shop, "/api-keys"), "{\"name\":\"deploy\",\"scopes\":[\"read:servers\"]}");
    ok(key, 201);
    long keyId = Http.json(key.body()).getJsonObject("key").getJsonNumber("id").longValue();
    HttpResponse<String> kept =
        owner.post(api(shop, "/api-keys"), "{\"name\":\"kept\",\"scopes\":[\"read:servers\"]}");
    ok(kept, 201);
    scenario.at(start.plus(Duration.ofMinutes(12)));
    String viewerEmail = "viewer@" + shop.tenant().slug() + ".test";
    long member = tenants.memberOf(shop, viewerEmail, "viewer", null);
    Http viewer = new Http(Http.localServer()).as(viewerEmail, TestTenants.MEMBER_PASSWORD);
    ok(viewer.post(api(shop, "/organisations/" + shop.customerId() + "/activate"), ""), 200);
    assertThat(viewer.get(api(shop, "/activity")).statusCode())
        .as("a viewer does not read who logged in")
        .isEqualTo(403);
    String memberPath = "/organisations/" + shop.customerId() + "/members/" + member;
    scenario.at(start.plus(Duration.ofMinutes(13)));
    ok(owner.put(api(shop, memberPath), "{\"role\":\"member\"}"), 204);
    scenario.at(start.plus(Duration.ofMinutes(14)));
    ok(owner.delete(api(shop, memberPath)), 204);
    scenario.at(start.plus(Duration.ofMinutes(15)));
    ok(owner.delete(api(shop, "/api-keys/" + keyId)), 200);

    HttpResponse<String> feed = owner.get(api(shop, "/activity?limit=100"));
    ok(feed, 200);
    JsonArray entries = Http.json(feed.body()).getJsonArray("data");
    List<String> kinds = entries.stream().map(e -> ((JsonObject) e).getString("kind")).toList();
    assertThat(kinds)
        .as("newest first; browser logins are in it too (ActivityPagesBrowserIT reads one)")
        .containsSubsequence(
            "api-key-revoked",
            "member-removed",
            "member-role-changed",
            "member-joined",
            "api-key-created",
            "payment",
            "server-action")
        .contains("invitation-sent");
    assertThat(entries.stream().map(e -> Instant.parse(((JsonObject) e).getString("at"))).toList())
        .isSortedAccordingTo((x, y) -> y.compareTo(x));
    JsonObject built = entry(entries, "server-action");
    assertThat(built.getString("subject")).isEqualTo("feed-box");
    assertThat(built.getString("detail")).isEqualTo("create");
    assertThat(built.getString("outcome")).isEqualTo("succeeded");
    JsonObject payment = entry(entries, "payment");
    assertThat(payment.getJsonObject("amount").getString("amount")).isEqualTo("10");
    assertThat(payment.getString("outcome")).as("waiting at the checkout").isEqualTo("pending");
    assertThat(payment.getString("by")).isEqualTo("member");
    assertThat(entry(entries, "api-key-revoked").getString("subject")).isEqualTo("deploy");
    assertThat(entry(entries, "member-removed").getString("subject"))
        .as("the member by name, not as an id")
        .isEqualTo("Member");
    JsonObject changed = entry(entries, "member-role-changed");
    assertThat(changed.getString("subject")).isEqualTo("Member");
    assertThat(changed.getString("detail")).isEqualTo("member");
    assertThat(entry(entries, "member-joined").getString("actor")).isEqualTo("Member");
    assertThat(entry(entries, "invitation-sent").getString("subject")).isEqualTo(viewerEmail);

    HttpResponse<String> byKey =
        new Http(Http.localServer())
            .bearer(Http.json(kept.body()).getString("secret"))
            .get(api(shop, "/activity"));
    assertThat(byKey.statusCode()).as("the feed is for people in a browser").isEqualTo(403);
    assertThat(byKey.body()).contains("interactive_login_required");

    String neighbour = "neighbour@" + shop.tenant().slug() + ".test";
    tenants.signUpCustomer(shop.tenant(), neighbour, "Neighbour", "neighbour-password");
    String theirs =
        new Http(Http.localServer())
            .as(neighbour, "neighbour-password")
            .get(api(shop, "/activity"))
            .body();
    assertThat(theirs)
        .as("another customer of the same shop reads only their own organisation's")
        .doesNotContain("feed-box", "deploy", "Member", "payment");
  }

  private static JsonObject entry(JsonArray entries, String kind) {
    return entries.stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow();
  }

  private static void ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  private static String api(Fixture shop, String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
