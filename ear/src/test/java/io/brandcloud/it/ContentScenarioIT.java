package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's own pages over the REST API and in the portal: staff write Markdown drafts nobody else
 * sees, publish them for anyone to read and search, take them down again; customers dismiss
 * announcements; the status page follows incidents in the regions they hurt; and the support desk
 * is offered a reply built from the right article and a similar resolved ticket.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentScenarioIT {

  private static final String PASSWORD = "customer-password-1";

  private final Http http = new Http(PortalSmokeIT.base());
  private Mailbox smtp;
  private FreshShop shop;
  private Http admin;

  @BeforeEach
  void aShop() {
    smtp = Mailbox.start();
    shop = FreshShop.open(http, "pages", "EUR");
    admin = shop.admin;
  }

  @AfterEach
  void stopMailServer() {
    smtp.close();
  }

  @Test
  void aDraftIsStaffsOwnUntilPublishedThenAnyoneReadsAndFindsItUntilItIsTakenDown() {
    long servers = created(admin.post(api("/admin/content/categories"), "{\"name\":\"Servers\"}"));
    JsonObject draft =
        Http.json(
            expect(
                    admin.post(
                        api("/admin/content/articles"),
                        """
                        {"kind":"doc","title":"Reset the root password","categoryId":%d,
                         "body":"Open the **server** and choose *Reset password*.\\n\\n<script>alert(1)</script>\\n[x](javascript:alert(2))"}
                        """
                            .formatted(servers)),
                    201)
                .body());
    long id = draft.getJsonNumber("id").longValue();
    assertThat(draft.getString("slug")).isEqualTo("reset-the-root-password");
    assertThat(draft.getBoolean("published")).isFalse();

    assertThat(http.get(api("/content/articles/doc/reset-the-root-password")).statusCode())
        .isEqualTo(404);
    assertThat(http.get(api("/content/articles?q=root+password")).body()).contains("\"total\":0");
    assertThat(http.get(portal("/help/article.xhtml?slug=reset-the-root-password")).statusCode())
        .isEqualTo(404);

    expect(admin.post(api("/admin/content/articles/" + id + "/publish"), ""), 200);
    JsonObject read =
        Http.json(http.get(api("/content/articles/doc/reset-the-root-password")).body());
    assertThat(read.getString("html"))
        .contains("<strong>server</strong>")
        .doesNotContain("<script", "alert", "javascript:");
    assertThat(read.getString("url")).endsWith("/help/article.xhtml?slug=reset-the-root-password");
    JsonArray found =
        Http.json(http.get(api("/content/articles?q=forgot%20my%20root%20passwords")).body())
            .getJsonArray("data");
    assertThat(found).hasSize(1);
    assertThat(found.getJsonObject(0).getString("title")).isEqualTo("Reset the root password");
    assertThat(http.get(api("/content/articles?kind=doc&category=servers")).body())
        .contains("Reset the root password");
    assertThat(http.get(portal("/help.xhtml?q=root")).body()).contains("Reset the root password");
    assertThat(http.get(portal("/help.xhtml?q=%22%3E%3Cscript%3Ealert(9)%3C/script%3E")).body())
        .as("the words searched for are shown as text")
        .doesNotContain("<script>alert(9)");
    assertThat(http.get(portal("/help/article.xhtml?slug=reset-the-root-password")).body())
        .contains("<strong>server</strong>")
        .doesNotContain("alert(1)");

    expect(
        admin.put(
            api("/admin/content/articles/" + id),
            "{\"title\":\"Reset the root password\",\"body\":\"Use the console instead.\"}"),
        200);
    assertThat(http.get(api("/content/articles?q=server")).body()).contains("\"total\":0");
    assertThat(http.get(api("/content/articles?q=console")).body())
        .contains("Reset the root password");

    expect(admin.post(api("/admin/content/articles/" + id + "/unpublish"), ""), 200);
    assertThat(http.get(api("/content/articles?q=console")).body()).contains("\"total\":0");
    assertThat(http.get(api("/content/articles/doc/reset-the-root-password")).statusCode())
        .isEqualTo(404);
    assertThat(admin.get(api("/admin/content/articles?status=draft")).body())
        .contains("Reset the root password");

    expect(admin.delete(api("/admin/content/articles/" + id)), 204);
    assertThat(admin.get(api("/admin/content/articles/" + id)).statusCode()).isEqualTo(404);
  }

  @Test
  void wrongPagesAreRefusedWithTheFieldThatIsWrong() {
    created(
        admin.post(
            api("/admin/content/articles"),
            "{\"kind\":\"faq\",\"title\":\"Which cards?\",\"body\":\"All of them.\"}"));
    assertError(
        admin.post(
            api("/admin/content/articles"),
            "{\"kind\":\"faq\",\"title\":\"Which cards?\",\"body\":\"Again\"}"),
        409,
        null);
    assertError(
        admin.post(
            api("/admin/content/articles"),
            "{\"kind\":\"doc\",\"title\":\"T\",\"slug\":\"Not A Slug\",\"body\":\"b\"}"),
        400,
        "slug");
    assertError(
        admin.post(
            api("/admin/content/articles"), "{\"kind\":\"poem\",\"title\":\"T\",\"body\":\"b\"}"),
        400,
        "kind");
    assertError(
        admin.post(
            api("/admin/content/articles"),
            "{\"kind\":\"blog\",\"title\":\"T\",\"body\":\"b\",\"categoryId\":1}"),
        400,
        "categoryId");
    assertError(
        admin.post(
            api("/admin/content/articles"),
            "{\"kind\":\"doc\",\"title\":\"T\",\"body\":\"b\",\"categoryId\":999999}"),
        400,
        "categoryId");
    assertError(
        admin.post(
            api("/admin/content/articles"),
            "{\"kind\":\"doc\",\"title\":\"T\",\"body\":\"" + "x".repeat(30_001) + "\"}"),
        400,
        "body");
    assertError(
        admin.post(api("/admin/content/articles"), "{\"kind\":\"doc\",\"body\":\"b\"}"),
        400,
        "title");
    assertError(http.get(api("/content/articles?q=" + "w".repeat(201))), 400, "q");
    assertError(http.get(api("/content/articles?kind=announcement")), 400, "kind");
    assertThat(http.get(api("/content/articles?q=%22%3A%28+AND+*")).statusCode()).isEqualTo(200);
    assertError(http.get(api("/content/articles?q=x&page=21474837&limit=100")), 400, "page");
    assertThat(http.get(api("/content/articles?q=x&page=101&limit=100")).body())
        .as("no one pages past the ten-thousandth hit")
        .contains("\"data\":[]");

    Http staffPages = new Http(http.base());
    FacesLogin.login(
        staffPages,
        portal("/login.xhtml"),
        "admin@" + shop.slug + ".test",
        Http.OWN_STAFF_PASSWORD);
    for (String wrong :
        List.of("/admin/article.xhtml?id=999999", "/admin/article.xhtml?kind=poem")) {
      HttpResponse<String> page = staffPages.get(portal(wrong));
      assertThat(page.statusCode()).as(wrong).isEqualTo(404);
      assertThat(page.body()).as(wrong).doesNotContain("editor:body");
    }
    assertThat(admin.get(api("/admin/content/articles")).body()).contains("\"total\":1");
  }

  @Test
  void customersSeeAnAnnouncementUntilTheyDismissIt() {
    Http customer = shop.confirmedCustomer(smtp, "buyer@" + shop.slug + ".test", PASSWORD);
    long id =
        created(
            admin.post(
                api("/admin/content/articles"),
                "{\"kind\":\"announcement\",\"title\":\"New region: Oslo\",\"body\":\"Order in **Oslo** now.\"}"));
    assertThat(customer.get(api("/announcements")).body()).isEqualTo("[]");

    expect(admin.post(api("/admin/content/articles/" + id + "/publish"), ""), 200);
    assertThat(customer.get(api("/announcements")).body())
        .contains("New region: Oslo")
        .contains("<strong>Oslo</strong>");
    Http browser = new Http(http.base());
    FacesLogin.login(
        browser, "t/" + shop.slug + "/login.xhtml", "buyer@" + shop.slug + ".test", PASSWORD);
    assertThat(browser.get(portal("/portal/index.xhtml")).body()).contains("New region: Oslo");

    expect(customer.post(api("/announcements/" + id + "/dismiss"), ""), 204);
    expect(customer.post(api("/announcements/" + id + "/dismiss"), ""), 204);
    assertThat(customer.get(api("/announcements")).body()).isEqualTo("[]");
    assertThat(browser.get(portal("/portal/index.xhtml")).body())
        .doesNotContain("New region: Oslo");
    assertThat(admin.get(api("/announcements")).body()).contains("New region: Oslo");
    assertThat(customer.post(api("/announcements/999999/dismiss"), "").statusCode()).isEqualTo(404);
    assertThat(http.get(api("/announcements")).statusCode()).isEqualTo(401);
  }

  @Test
  void theStatusPageShowsAnIncidentInTheRegionsItHurtsUntilItIsResolved() {
    long connection =
        created(
            admin.post(
                api("/admin/connections"), "{\"name\":\"Simulator\",\"type\":\"simulator\"}"));
    JsonObject calm = Http.json(http.get(api("/status")).body());
    assertThat(calm.getString("state")).isEqualTo("operational");
    JsonArray regions = calm.getJsonArray("regions");
    assertThat(regions).isNotEmpty();
    String hurt = regions.getJsonObject(0).getString("code");

    assertError(
        admin.post(
            api("/admin/status/incidents"),
            "{\"title\":\"Down\",\"body\":\"x\",\"regions\":[{\"connectionId\":%d,\"code\":\"mars-1\"}]}"
                .formatted(connection)),
        400,
        "regions");
    assertError(
        admin.post(
            api("/admin/status/incidents"),
            "{\"title\":\"Down\",\"body\":\"x\",\"impact\":\"apocalyptic\"}"),
        400,
        "impact");
    long incident =
        created(
            admin.post(
                api("/admin/status/incidents"),
                """
                {"title":"Network loss","impact":"major","body":"We are looking into it.",
                 "regions":[{"connectionId":%d,"code":"%s"}]}
                """
                    .formatted(connection, hurt)));
    JsonObject during = Http.json(http.get(api("/status")).body());
    assertThat(during.getString("state")).isEqualTo("major");
    assertThat(stateOf(during, hurt)).isEqualTo("major");
    assertThat(during.getJsonArray("regions").stream().map(JsonObject.class::cast))
        .filteredOn(r -> !r.getString("code").equals(hurt))
        .allMatch(r -> r.getString("state").equals("operational"));
    assertThat(http.get(portal("/status.xhtml")).body())
        .contains("Network loss")
        .contains("We are looking into it.");

    expect(
        admin.post(
            api("/admin/status/incidents/" + incident + "/updates"),
            "{\"status\":\"resolved\",\"body\":\"All back.\"}"),
        200);
    JsonObject after = Http.json(http.get(api("/status")).body());
    assertThat(after.getString("state")).isEqualTo("operational");
    assertThat(stateOf(after, hurt)).isEqualTo("operational");
    JsonObject history = after.getJsonArray("incidents").getJsonObject(0);
    assertThat(history.getString("status")).isEqualTo("resolved");
    assertThat(history.getJsonArray("updates").getJsonObject(0).getString("body"))
        .isEqualTo("All back.");

    expect(admin.delete(api("/admin/status/incidents/" + incident)), 204);
    assertThat(http.get(api("/status")).body()).doesNotContain("Network loss");
  }

  @Test
  void aSuggestedReplyCitesTheRightArticleAndReusesTheAnswerToASimilarResolvedTicket() {
    for (String[] page :
        new String[][] {
          {
            "Reset the root password",
            "Open the server and choose Reset password. The new root password is shown once."
          },
          {
            "Invoices and VAT", "Invoices list the VAT of your country; add your VAT id to drop it."
          },
          {"Attach a volume", "Volumes add disk space to a server without a rebuild."},
          {"Open a firewall port", "Ports are opened in the firewall tab of the server."}
        }) {
      long id =
          created(
              admin.post(
                  api("/admin/content/articles"),
                  "{\"kind\":\"doc\",\"title\":\"%s\",\"body\":\"%s\"}"
                      .formatted(page[0], page[1])));
      expect(admin.post(api("/admin/content/articles/" + id + "/publish"), ""), 200);
    }
    Http customer = shop.confirmedCustomer(smtp, "buyer@" + shop.slug + ".test", PASSWORD);
    long resolved =
        ticket(
            customer,
            "Port 25 blocked",
            "My mail server cannot send: outgoing port 25 is blocked.");
    expect(
        admin.post(
            api("/admin/tickets/" + resolved + "/replies"),
            "{\"body\":\"Hi Buyer,\\n\\nWe unblock port 25 once your reverse DNS is set; it is open now.\",\"status\":\"closed\"}"),
        201);

    long lostPassword =
        ticket(
            customer, "Cannot log in", "I forgot my root password and cannot log in to my server.");
    JsonObject forPassword =
        Http.json(admin.get(api("/admin/tickets/" + lostPassword + "/suggestion")).body());
    JsonObject first = forPassword.getJsonArray("sources").getJsonObject(0);
    assertThat(first.getString("type")).isEqualTo("article");
    assertThat(first.getString("title")).isEqualTo("Reset the root password");
    assertThat(first.getString("url")).endsWith("/help/article.xhtml?slug=reset-the-root-password");
    assertThat(forPassword.getString("text"))
        .startsWith("Hello Buyer,")
        .contains("Reset the root password: ");

    long mail =
        ticket(customer, "Mail stuck", "Outgoing mail on port 25 does not leave my server.");
    JsonObject forMail = Http.json(admin.get(api("/admin/tickets/" + mail + "/suggestion")).body());
    JsonObject source = forMail.getJsonArray("sources").getJsonObject(0);
    assertThat(source.getString("type")).isEqualTo("ticket");
    assertThat(source.getJsonNumber("id").longValue()).isEqualTo(resolved);
    assertThat(forMail.getString("text"))
        .startsWith("Hello Buyer,\n\nWe unblock port 25")
        .doesNotContain("Hi Buyer");

    long unrelated = ticket(customer, "Quxx", "Zzyzx plover.");
    JsonObject none =
        Http.json(admin.get(api("/admin/tickets/" + unrelated + "/suggestion")).body());
    assertThat(none.containsKey("text")).as("no text when nothing matched").isFalse();
    assertThat(none.getJsonArray("sources")).isEmpty();
    assertThat(admin.get(api("/admin/tickets/999999/suggestion")).statusCode()).isEqualTo(404);
    assertThat(customer.get(api("/admin/tickets/" + mail + "/suggestion")).statusCode())
        .isEqualTo(403);
  }

  private long ticket(Http customer, String subject, String body) {
    return created(
        customer.post(
            api("/tickets"), "{\"subject\":\"%s\",\"body\":\"%s\"}".formatted(subject, body)));
  }

  private static String stateOf(JsonObject status, String code) {
    return status.getJsonArray("regions").stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getString("state");
  }

  private static long created(HttpResponse<String> response) {
    return Http.json(expect(response, 201).body()).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }

  private static void assertError(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonObject error = Http.json(response.body()).getJsonObject("error");
    if (field != null) {
      assertThat(error.getJsonObject("details").getString("field")).isEqualTo(field);
    }
  }

  private String api(String path) {
    return shop.api(path);
  }

  private String portal(String path) {
    return "t/" + shop.slug + path;
  }
}
