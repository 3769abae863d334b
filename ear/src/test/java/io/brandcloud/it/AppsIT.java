package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One-click apps on the simulator: staff keep an app whose template is checked when saved; a
 * customer orders a server with two SSH keys and the app, answering its field, and the simulator
 * builds it with the template filled in as its user data; wrong orders are refused before anything
 * is built.
 */
@ExtendWith(ArquillianExtension.class)
class AppsIT {

  private static final String TEMPLATE =
      "#cloud-config\\nwrite_files:\\n  - path: /var/www/html/index.html\\n"
          + "    content: \\\"<h1>{{site_name}}</h1>\\\"\\n";

  @Inject TestTenants tenants;

  private Fixture shop;
  private Http owner;
  private Http staff;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("apps"), new BigDecimal("50.00"));
    owner = TestTenants.customerLogin(shop);
    staff = tenants.staffLogin(shop);
  }

  @Test
  void aPlanOnSaleSaysWhatItsServerHas() {
    JsonObject plan =
        Http.json("{\"plans\":" + owner.get(api("/plans")).body() + "}")
            .getJsonArray("plans")
            .getJsonObject(0);
    assertThat(
            List.of(
                plan.getInt("vcpus"),
                plan.getInt("memoryMb"),
                plan.getInt("diskGb"),
                plan.getInt("transferGb")))
        .as("the simulator's sim-1, as its catalog says")
        .containsExactly(1, 1024, 25, 1000);
  }

  @Test
  void aServerIsOrderedWithTwoKeysAndAnAppWhoseTemplateBecomesItsUserData() {
    String apps = api("/admin/apps");
    refused(
        staff.post(
            apps,
            app("Web", "[{\"key\":\"site_name\",\"label\":\"Site\"}]", "#cloud-config\\n{{site}}")),
        "template");
    refused(staff.post(apps, app("Web", "[]", "runcmd: [ls]")), "template");
    refused(
        staff.post(apps, app("Web", "[{\"key\":\"Site Name\",\"label\":\"Site\"}]", TEMPLATE)),
        "fields");
    assertThat(owner.post(apps, app("Mine", "[]", "#!/bin/sh")).statusCode())
        .as("customers keep no apps")
        .isEqualTo(403);
    HttpResponse<String> added =
        staff.post(
            apps, app("Web server", "[{\"key\":\"site_name\",\"label\":\"Site name\"}]", TEMPLATE));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    long app = Http.json(added.body()).getJsonNumber("id").longValue();
    assertThat(staff.post(apps, app("WEB SERVER", "[]", "#!/bin/sh")).statusCode())
        .as("names are unique in any case")
        .isEqualTo(409);
    assertThat(owner.get(api("/apps")).body())
        .contains("\"name\":\"Web server\"", "\"key\":\"site_name\"")
        .as("customers see what it asks, not its template")
        .doesNotContain("write_files");

    long laptop = key("laptop", TestSshKeys.LAPTOP);
    long desk = key("desk", TestSshKeys.DESK);
    String order =
        "{\"planId\":"
            + shop.planId()
            + ",\"hostname\":\"app-1\",\"region\":\"sim-ams1\",\"image\":\"debian-12\","
            + "\"sshKeyIds\":["
            + laptop
            + ","
            + desk
            + "],%s}";
    refused(owner.post(api("/servers"), order.formatted("\"appId\":" + app)), "appFields");
    refused(
        owner.post(
            api("/servers"),
            order.formatted("\"appId\":" + app + ",\"appFields\":{\"site_name\":\"it's\"}")),
        "appFields");
    refused(
        owner.post(
            api("/servers"),
            order.formatted(
                "\"appId\":"
                    + app
                    + ",\"appFields\":{\"site_name\":\"Shop\"},\"userData\":\"#!/bin/sh\"")),
        "userData");
    refused(
        owner.post(api("/servers"), order.formatted("\"appFields\":{\"site_name\":\"Shop\"}")),
        "appFields");
    assertThat(owner.post(api("/servers"), order.formatted("\"appId\":999999")).statusCode())
        .isEqualTo(404);
    assertThat(owner.get(api("/servers")).body()).as("nothing ordered").doesNotContain("app-1");

    HttpResponse<String> ordered =
        owner.post(
            api("/servers"),
            order.formatted("\"appId\":" + app + ",\"appFields\":{\"site_name\":\"Tom & Jerry\"}"));
    assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(201);
    long server = Http.json(ordered.body()).getJsonNumber("id").longValue();
    await("the simulator has the server")
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> !owner.get(api("/servers/" + server)).body().contains("\"status\":\"pending\""));
    assertThat(tenants.simulatorColumn(shop, "user_data", server))
        .isEqualTo(
            "#cloud-config\nwrite_files:\n  - path: /var/www/html/index.html\n"
                + "    content: \"<h1>Tom & Jerry</h1>\"\n");
    assertThat((String) tenants.simulatorColumn(shop, "authorized_keys", server))
        .contains(TestSshKeys.withoutComment(TestSshKeys.LAPTOP))
        .contains(TestSshKeys.withoutComment(TestSshKeys.DESK));

    assertThat(staff.delete(api("/admin/apps/" + app)).statusCode()).isEqualTo(204);
    assertThat(owner.get(api("/apps")).body()).isEqualTo("[]");
    assertThat(owner.get(api("/servers/" + server)).statusCode())
        .as("its server stays as it is")
        .isEqualTo(200);
  }

  private long key(String name, String publicKey) {
    HttpResponse<String> saved =
        owner.post(
            api("/ssh-keys"), "{\"name\":\"" + name + "\",\"publicKey\":\"" + publicKey + "\"}");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    return Http.json(saved.body()).getJsonNumber("id").longValue();
  }

  private static String app(String name, String fields, String template) {
    return "{\"name\":\""
        + name
        + "\",\"description\":\"A test app\",\"fields\":"
        + fields
        + ",\"template\":\""
        + template
        + "\"}";
  }

  private static void refused(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(
            Http.json(response.body())
                .getJsonObject("error")
                .getJsonObject("details")
                .getString("field"))
        .as(response.body())
        .isEqualTo(field);
  }

  private String api(String path) {
    return shop.api(path);
  }
}
