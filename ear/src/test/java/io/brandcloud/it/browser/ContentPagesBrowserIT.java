package io.brandcloud.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.Http;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo Acme's own pages in Chromium on a phone: staff write an article in Markdown, preview and
 * publish it; a visitor finds it in the help centre and reads the status page; a customer dismisses
 * an announcement; at the desk, staff take a suggested reply into the answer box.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentPagesBrowserIT {

  private final Http admin =
      new Http(Http.testServer()).as("admin@acme.example", "acme-admin-demo");

  @Test
  void staffWriteAndPublishAnArticleThatAVisitorFindsInTheHelpCentre() {
    String word = "quokka" + UUID.randomUUID().toString().substring(0, 6);
    try (Browser phone = Browser.open(Browser.PHONE, "en")) {
      phone.logIn("admin@acme.example", "acme-admin-demo");
      phone.go("t/acme/admin/content.xhtml");
      phone.choose("#write\\:newKind", "Knowledge base").click("#write\\:new");
      phone
          .type("#editor\\:title", "Tame a " + word)
          .type("#editor\\:body", "A **" + word + "** is *friendly*.\n\n<script>alert(1)</script>")
          .click("#editor\\:save");
      phone.waitForText("#messages", "Saved");
      assertThat(phone.url()).contains("/admin/article.xhtml?id=");
      assertThat(phone.text("#published")).isEqualTo("Draft");
      phone.click("#editor\\:preview");
      phone.waitForText("#previewBody", word + " is friendly.");
      assertThat(phone.all("#previewBody strong")).hasSize(1);
      assertThat(phone.all("#previewBody script")).isEmpty();
      phone.fitsTheWindow("content-editor");

      phone.click("#actions\\:publish");
      phone.waitForText("#published", "Published");
      phone.click("#public");
      phone.waitForText("#body", word + " is friendly.");
      phone.fitsTheWindow("content-article");
    }
    try (Browser visitor = Browser.open(Browser.PHONE, "en")) {
      visitor.go("t/acme/help.xhtml");
      visitor.type("#q", word).click("#go");
      visitor.waitForText("#list\\:results", "Tame a " + word);
      assertThat(visitor.url()).as("a search can be shared").contains("q=" + word);
      visitor.fitsTheWindow("content-search");
      visitor.go("t/acme/status.xhtml");
      visitor.waitForText("#overall", "All systems operational");
      assertThat(visitor.text("#regions")).contains("Operational");
      visitor.fitsTheWindow("content-status");
    }
  }

  @Test
  void theOrderFormSaysWhichRegionHasAnOpenIncident() {
    HttpResponse<String> connections = admin.get("t/acme/api/v1/admin/connections");
    assertThat(connections.statusCode()).as(connections.body()).isEqualTo(200);
    long connection =
        Http.json("{\"c\":" + connections.body() + "}")
            .getJsonArray("c")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> reported =
        admin.post(
            "t/acme/api/v1/admin/status/incidents",
            """
            {"title":"Packet loss in Amsterdam","impact":"major","body":"We are on it.",
             "regions":[{"connectionId":%d,"code":"sim-ams1"}]}
            """
                .formatted(connection));
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    long incident = Http.json(reported.body()).getJsonNumber("id").longValue();
    try (Browser phone = Browser.open(Browser.PHONE, "en")) {
      phone.logIn("customer@acme.example", "acme-customer-demo");
      phone.go("t/acme/portal/order.xhtml");
      assertThat(phone.text("#order\\:region"))
          .contains("Amsterdam (simulated), Netherlands \u2014 Partial outage: see the status page")
          .as("the other regions as they are")
          .contains("Frankfurt (simulated), Germany")
          .doesNotContain("Germany \u2014");
      phone.fitsTheWindow("order-region-incident");
    } finally {
      admin.post(
          "t/acme/api/v1/admin/status/incidents/" + incident + "/updates",
          "{\"status\":\"resolved\",\"body\":\"Back to normal.\"}");
    }
  }

  @Test
  void aCustomerDismissesAnAnnouncementAndStaffUseASuggestedReply() {
    String title = "Maintenance window " + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        admin.post(
            "t/acme/api/v1/admin/content/articles",
            "{\"kind\":\"announcement\",\"title\":\""
                + title
                + "\",\"body\":\"On **Sunday**.\\n\\n"
                + "The panel answers slowly while the database moves. ".repeat(30)
                + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created.body()).getJsonNumber("id").longValue();
    admin.post("t/acme/api/v1/admin/content/articles/" + id + "/publish", "");
    try (Browser phone = Browser.open(Browser.PHONE, "en")) {
      phone.logIn("customer@acme.example", "acme-customer-demo");
      phone.go("t/acme/portal/index.xhtml");
      phone.waitForText("#announcements", title);
      phone.fitsTheWindow("announcement");
      assertThat(
              ((Number)
                      phone.script(
                          "return document.querySelector('.bc-announcement')"
                              + ".getBoundingClientRect().height / window.innerHeight"))
                  .doubleValue())
          .as("a long announcement leaves the first screen to the page")
          .isLessThan(0.3);
      assertThat(phone.text("#announcements")).contains("Read it all");
      // the newest comes first
      phone.click("#announcementsForm\\:list\\:0\\:dismiss");
      await().atMost(Duration.ofSeconds(10)).until(() -> !phone.text("main").contains(title));
      phone.go("t/acme/portal/index.xhtml");
      assertThat(phone.text("main")).doesNotContain(title);
    }

    long ticket = demoTicket();
    try (Browser desk = Browser.open(Browser.PHONE, "en")) {
      desk.logIn("admin@acme.example", "acme-admin-demo");
      desk.go("t/acme/admin/ticket.xhtml?id=" + ticket);
      desk.click("#answer\\:ask");
      desk.waitForText("#answer\\:suggest", "Add a second IPv4 address");
      assertThat(desk.text("#suggestion")).startsWith("Hello Demo customer,");
      desk.fitsTheWindow("suggested-reply");
      desk.click("#answer\\:use");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  desk.find("#answer\\:reply")
                      .getAttribute("value")
                      .contains("Add a second IPv4 address: "));
    }
  }

  /** The demo customer's first ticket, which asks for a second IPv4 address. */
  private long demoTicket() {
    JsonObject queue =
        Http.json(admin.get("t/acme/api/v1/admin/tickets?status=all&limit=100").body());
    return queue.getJsonArray("data").stream()
        .map(JsonObject.class::cast)
        .filter(t -> t.getString("subject").equals("Can I get a second IPv4 address?"))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }
}
