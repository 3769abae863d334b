package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shop's admin asks for a domain of their own: it is listed with the DNS records to set and not
 * served until an operator approves it; then the shop answers on it. Names that are no domain, the
 * platform's own, or another's are refused; another shop cannot see or withdraw the request. Once
 * served, the shop's mail links to it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DomainRequestsIT {

  private final Http http = new Http(Http.testServer());
  private final Http operator = http.as("operator@brandcloud.local", "it-operator-password");

  @Test
  void anAskedDomainIsServedOnceAnOperatorApprovesIt() {
    FreshShop shop = FreshShop.open(http, "domains", "EUR");
    String domain = "shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";

    HttpResponse<String> asked =
        shop.admin.post(
            shop.api("/admin/domains"), "{\"domain\":\"" + domain.toUpperCase() + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    JsonObject request = Http.json(asked.body());
    assertThat(request.getString("domain")).isEqualTo(domain);
    JsonArray records = request.getJsonArray("records");
    String platform = Http.localServer().getHost();
    assertThat(records.getJsonObject(0).getString("type"))
        .as("the platform is reached by its address here, so an A record rather than a CNAME")
        .isEqualTo(platform.matches("[0-9.]+") ? "A" : "CNAME");
    assertThat(records.getJsonObject(0).getString("value")).isEqualTo(platform);
    assertThat(records.getJsonObject(1).getString("name")).isEqualTo("_brandcloud." + domain);
    assertThat(records.getJsonObject(1).getString("value")).startsWith("brandcloud-domain=");
    assertThat(http.withHost(domain).get("pricing.xhtml").statusCode())
        .as("not served before an operator approves it")
        .isEqualTo(404);

    assertThat(shop.admin.post(shop.api("/admin/domains"), "{\"domain\":\"" + domain + "\"}"))
        .extracting(HttpResponse::statusCode)
        .as("asked for already")
        .isEqualTo(409);
    for (String refused : new String[] {"not a domain", "127.0.0.1", "", "a..b.com"}) {
      assertThat(
              shop.admin
                  .post(shop.api("/admin/domains"), "{\"domain\":\"" + refused + "\"}")
                  .statusCode())
          .as(refused)
          .isEqualTo(400);
    }
    assertThat(
            shop.admin
                .post(shop.api("/admin/domains"), "{\"domain\":\"acme.localhost\"}")
                .statusCode())
        .as("another shop's domain")
        .isEqualTo(409);
    HttpResponse<String> international =
        shop.admin.post(shop.api("/admin/domains"), "{\"domain\":\"b\u00fccher-" + domain + ".\"}");
    assertThat(international.statusCode()).as(international.body()).isEqualTo(201);
    JsonObject written = Http.json(international.body());
    assertThat(written.getString("domain"))
        .as("written as DNS writes it, without the final dot")
        .startsWith("xn--bcher-shop-")
        .endsWith(".example.com");
    assertThat(
            shop.admin
                .delete(shop.api("/admin/domains/" + written.getJsonNumber("id").longValue()))
                .statusCode())
        .isEqualTo(204);

    JsonObject waiting = waitingFor(domain);
    assertThat(waiting.getString("tenantSlug")).isEqualTo(shop.slug);
    long id = waiting.getJsonObject("request").getJsonNumber("id").longValue();
    HttpResponse<String> approved =
        operator.post("api/platform/v1/domain-requests/" + id + "/approval", "");
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

    HttpResponse<String> served = http.withHost(domain).get("pricing.xhtml");
    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.body())
        .contains("Shop Cloud")
        .as("search engines file the page under the shop's own domain")
        .containsPattern(
            "rel=\"canonical\" href=\"https?://"
                + domain.replace(".", "\\.")
                + "(:\\d+)?/pricing\\.xhtml\"");
    JsonObject mine = Http.json(shop.admin.get(shop.api("/admin/domains")).body());
    assertThat(mine.getJsonArray("served").getString(0)).isEqualTo(domain);
    assertThat(mine.getJsonArray("waiting")).isEmpty();
    assertThat(
            operator.post("api/platform/v1/domain-requests/" + id + "/approval", "").statusCode())
        .as("decided already")
        .isEqualTo(404);

    try (Mailbox smtp = Mailbox.start()) {
      String email = "buyer@" + shop.slug + ".test";
      shop.confirmedCustomer(smtp, email, "a-buyer-password");
      long customer =
          Http.json(shop.admin.get(shop.api("/admin/customers")).body())
              .getJsonArray("data")
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
      HttpResponse<String> credited =
          shop.admin.post(
              shop.api("/admin/customers/" + customer + "/credits"),
              "{\"amount\":\"5.00\",\"reason\":\"Welcome\",\"reference\":\"w1\"}");
      assertThat(credited.statusCode()).as(credited.body()).isEqualTo(200);
      assertThat(smtp.awaitMailTo(email, "added to your balance"))
          .as("mail links to the shop on its own domain")
          .containsPattern(
              "https?://" + domain.replace(".", "\\.") + "(:\\d+)?/portal/wallet\\.xhtml")
          .doesNotContain("/t/" + shop.slug);
    }
  }

  @Test
  void anotherShopNeitherSeesNorWithdrawsARequestAndTurnedDownItIsGone() {
    FreshShop shop = FreshShop.open(http, "domainsa", "EUR");
    FreshShop other = FreshShop.open(http, "domainsb", "EUR");
    String first = "a-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
    String second = "b-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
    long firstId = ask(shop, first);
    long secondId = ask(shop, second);

    assertThat(other.admin.get(other.api("/admin/domains")).body()).doesNotContain(first);
    assertThat(other.admin.delete(other.api("/admin/domains/" + firstId)).statusCode())
        .isEqualTo(404);
    assertThat(
            other
                .admin
                .post(other.api("/admin/domains"), "{\"domain\":\"" + first + "\"}")
                .statusCode())
        .as("asked for by another shop")
        .isEqualTo(409);

    assertThat(shop.admin.delete(shop.api("/admin/domains/" + firstId)).statusCode())
        .isEqualTo(204);
    assertThat(shop.admin.delete(shop.api("/admin/domains/" + firstId)).statusCode())
        .isEqualTo(404);
    assertThat(operator.delete("api/platform/v1/domain-requests/" + secondId).statusCode())
        .isEqualTo(200);
    assertThat(shop.admin.get(shop.api("/admin/domains")).body())
        .doesNotContain(first)
        .doesNotContain(second);
    assertThat(operator.get("api/platform/v1/domain-requests").body()).doesNotContain(second);
    assertThat(shop.admin.get("api/platform/v1/domain-requests").statusCode())
        .as("operators only")
        .isIn(401, 403, 404);
  }

  @Test
  void anOperatorHasDnsAskedForTheTxtRecordTheShopWasToldToSet() {
    FreshShop shop = FreshShop.open(http, "domainsdns", "EUR");
    String domain = "dns-" + UUID.randomUUID().toString().substring(0, 8) + ".example.net";
    long id = ask(shop, domain);
    String text =
        "brandcloud-domain=" + waitingFor(domain).getJsonObject("request").getString("token");
    String name = "_brandcloud." + domain;
    String lookUp = "api/platform/v1/domain-requests/" + id + "/txt";

    try (TestDns dns = TestDns.start()) {
      assertThat(operator.get(lookUp).body()).isEqualTo("{\"txt\":\"missing\"}");
      dns.txt(name, "v=spf1 -all", "brandcloud-domain=someone-elses");
      assertThat(operator.get(lookUp).body())
          .as("TXT records, none with the text asked for")
          .isEqualTo("{\"txt\":\"other_text\"}");
      dns.txt(name, "v=spf1 -all", text);
      assertThat(operator.get(lookUp).body()).isEqualTo("{\"txt\":\"found\"}");
    }
    assertThat(operator.get(lookUp).body())
        .as("no DNS server listening")
        .isEqualTo("{\"txt\":\"unanswered\"}");
    assertThat(operator.get("api/platform/v1/domain-requests/999999999/txt").statusCode())
        .isEqualTo(404);
    assertThat(shop.admin.get(lookUp).statusCode()).as("operators only").isIn(401, 403, 404);
  }

  private static long ask(FreshShop shop, String domain) {
    HttpResponse<String> asked =
        shop.admin.post(shop.api("/admin/domains"), "{\"domain\":\"" + domain + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    return Http.json(asked.body()).getJsonNumber("id").longValue();
  }

  private JsonObject waitingFor(String domain) {
    JsonArray all = Http.jsonArray(operator.get("api/platform/v1/domain-requests").body());
    return all.stream()
        .map(JsonObject.class::cast)
        .filter(w -> w.getJsonObject("request").getString("domain").equals(domain))
        .findFirst()
        .orElseThrow();
  }
}
