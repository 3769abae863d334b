package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Operators manage tenants over REST; operator and tenant credentials never cross realms. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {

  private static final String TENANTS = "api/platform/v1/tenants";

  private final Http http = new Http(PortalSmokeIT.base());
  private final Http operator = http.as("operator@brandcloud.local", "it-operator-password");

  @Test
  void anOperatorCreatesATenantWhoseAdminLogsInWithTheOneTimePassword() {
    String slug = "api-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created = operator.post(TENANTS, draft(slug, "#0b7285"));
    assertThat(created.statusCode()).isEqualTo(201);
    String password = field(created.body(), "adminOneTimePassword");
    assertThat(password).hasSize(16);

    assertThat(operator.get(TENANTS).body()).contains("\"slug\":\"" + slug + "\"");
    String email = "admin@" + slug + ".test";
    HttpResponse<String> beforeChoosing =
        http.as(email, password).get("t/" + slug + "/api/v1/admin/customers");
    assertThat(beforeChoosing.statusCode()).isEqualTo(403);
    assertThat(beforeChoosing.body()).contains("password_change_required");
    Http admin =
        http.as(email, Http.chooseOwnPassword(PortalSmokeIT.base(), slug, email, password));
    HttpResponse<String> customers = admin.get("t/" + slug + "/api/v1/admin/customers");
    assertThat(customers.statusCode()).isEqualTo(200);
    assertThat(customers.body()).contains("\"data\":[]").contains("\"total\":0");
    assertThat(http.get("t/" + slug + "/login.xhtml").body()).contains("#0b7285");
    assertThat(operator.get(TENANTS).body()).contains("\"darkTheme\":false");

    String darkSlug = "dark-" + UUID.randomUUID().toString().substring(0, 6);
    String dark =
        draft(darkSlug, "#4dabf7").replace("\"domains\":[]", "\"domains\":[],\"darkTheme\":true");
    assertThat(operator.post(TENANTS, dark).statusCode()).isEqualTo(201);
    assertThat(http.get("t/" + darkSlug + "/login.xhtml").body()).contains("bc-dark");
  }

  @Test
  void aLostOneTimePasswordIsIssuedAgainUntilTheAdminChoseTheirOwn() {
    String slug = "otp-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created = operator.post(TENANTS, draft(slug, "#0b7285"));
    assertThat(created.statusCode()).isEqualTo(201);
    String lost = field(created.body(), "adminOneTimePassword");
    String id = Http.json(created.body()).getJsonObject("tenant").getJsonNumber("id").toString();
    String email = "admin@" + slug + ".test";

    HttpResponse<String> again = operator.post(TENANTS + "/" + id + "/admin-password", "");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(again.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    assertThat(field(again.body(), "adminEmail")).isEqualTo(email);
    String issued = field(again.body(), "adminOneTimePassword");
    assertThat(issued).hasSize(16).isNotEqualTo(lost);
    assertThat(http.as(email, lost).get("t/" + slug + "/api/v1/admin/customers").statusCode())
        .as("the lost one opens nothing")
        .isEqualTo(401);
    Http admin = http.as(email, Http.chooseOwnPassword(PortalSmokeIT.base(), slug, email, issued));
    assertThat(admin.get("t/" + slug + "/api/v1/admin/customers").statusCode()).isEqualTo(200);

    HttpResponse<String> chosen = operator.post(TENANTS + "/" + id + "/admin-password", "");
    assertThat(chosen.statusCode())
        .as("an admin who chose a password resets it at the login page")
        .isEqualTo(409);
    assertThat(http.post(TENANTS + "/" + id + "/admin-password", "").statusCode()).isEqualTo(401);
    assertThat(admin.get("t/" + slug + "/api/v1/admin/audit?action=one-time-password").body())
        .contains("staff.one-time-password-reissued");
  }

  @Test
  void aSuspendedTenantShowsItsSuspendedPageUntilReactivated() {
    String slug = "sus-" + UUID.randomUUID().toString().substring(0, 6);
    String id = field(operator.post(TENANTS, draft(slug, "#5f3dc4")).body(), "id");
    assertThat(operator.post(TENANTS + "/" + id + "/suspend", "").statusCode()).isEqualTo(200);
    HttpResponse<String> suspended = http.get("t/" + slug + "/login.xhtml");
    assertThat(suspended.statusCode()).isEqualTo(403);
    assertThat(suspended.body()).contains("suspended").contains("#5f3dc4");
    HttpResponse<String> api = http.get("t/" + slug + "/api/v1/plans");
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(api.body()).contains("\"code\":\"tenant_suspended\"");
    assertThat(operator.post(TENANTS + "/" + id + "/activate", "").statusCode()).isEqualTo(200);
    assertThat(http.get("t/" + slug + "/login.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void badInputIsA400WithTheErrorModelAndCreatesNothing() {
    HttpResponse<String> badSlug = operator.post(TENANTS, draft("Not A Slug", "#000000"));
    assertThat(badSlug.statusCode()).isEqualTo(400);
    assertThat(badSlug.body())
        .contains("\"code\":\"invalid_input\"")
        .contains("\"field\":\"slug\"");

    HttpResponse<String> badColor = operator.post(TENANTS, draft("okslug", "red"));
    assertThat(badColor.statusCode()).isEqualTo(400);
    assertThat(operator.get(TENANTS).body()).doesNotContain("\"slug\":\"okslug\"");

    assertThat(operator.post(TENANTS, "{not json").statusCode()).isEqualTo(400);
    assertThat(operator.post(TENANTS, draft("acme", "#000000")).statusCode()).isEqualTo(409);
    assertThat(operator.get(TENANTS + "/999999").statusCode()).isEqualTo(404);
  }

  @Test
  void operatorAndTenantCredentialsStayInTheirRealm() {
    assertThat(http.get(TENANTS).statusCode()).isEqualTo(401);
    assertThat(http.as("admin@acme.example", "acme-admin-demo").get(TENANTS).statusCode())
        .isEqualTo(401);
    assertThat(operator.get("t/acme/api/v1/admin/customers").statusCode()).isEqualTo(401);
    assertThat(operator.get("t/acme/api/v1/servers").statusCode()).isEqualTo(401);
  }

  @Test
  void operatorsActionsAreInThePlatformAuditLog() {
    String slug = "audit-" + UUID.randomUUID().toString().substring(0, 6);
    assertThat(operator.post(TENANTS, draft(slug, "#1864ab")).statusCode()).isEqualTo(201);
    HttpResponse<String> audit =
        operator.get("api/platform/v1/audit?action=tenant.created&actor=operator@brandcloud.local");
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(audit.body())
        .contains("tenant.created")
        .contains("tenant " + slug)
        .contains("operator@brandcloud.local");
    assertThat(http.get("api/platform/v1/audit").statusCode()).isEqualTo(401);
  }

  @Test
  void operatorsSeeThePlacementsAndMovesAreRefusedClearly() {
    HttpResponse<String> placements = operator.get("api/platform/v1/placements");
    assertThat(placements.statusCode()).isEqualTo(200);
    assertThat(placements.body()).contains("\"name\":\"main\"").contains("\"tenants\":");

    String slug = "plc-" + UUID.randomUUID().toString().substring(0, 6);
    String nowhere =
        draft(slug, "#0b7285")
            .replace("\"domains\":[]", "\"domains\":[],\"placement\":\"nowhere\"");
    HttpResponse<String> refused = operator.post(TENANTS, nowhere);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"placement\"");
    assertThat(operator.get(TENANTS).body()).doesNotContain("\"slug\":\"" + slug + "\"");

    HttpResponse<String> created = operator.post(TENANTS, draft(slug, "#0b7285"));
    assertThat(created.body()).contains("\"placement\":\"main\"");
    String move = TENANTS + "/" + field(created.body(), "id") + "/move";
    assertThat(operator.get(move).statusCode()).as("no move yet").isEqualTo(404);
    assertThat(operator.post(move, "{}").body()).contains("\"field\":\"placement\"");
    assertThat(operator.post(move, "{\"placement\":\"nowhere\"}").statusCode()).isEqualTo(400);
    HttpResponse<String> already = operator.post(move, "{\"placement\":\"main\"}");
    assertThat(already.statusCode()).isEqualTo(400);
    assertThat(already.body()).contains("already");
    assertThat(operator.post(TENANTS + "/999999/move", "{\"placement\":\"main\"}").statusCode())
        .isEqualTo(404);
    String edit =
        draft(slug, "#0b7285").replace("\"domains\":[]", "\"domains\":[],\"placement\":\"other\"");
    assertThat(operator.put(TENANTS + "/" + field(created.body(), "id"), edit).statusCode())
        .as("only a move changes the placement")
        .isEqualTo(400);

    Http admin = http.as("admin@acme.example", "acme-admin-demo");
    assertThat(admin.get("api/platform/v1/placements").statusCode()).isEqualTo(401);
    assertThat(http.post(move, "{\"placement\":\"main\"}").statusCode()).isEqualTo(401);
  }

  private static String draft(String slug, String color) {
    return """
        {"slug":"%s","name":"Shop %s","currency":"USD","timeZone":"America/New_York",
         "productName":"Shop %s Cloud","primaryColor":"%s","domains":[],
         "adminEmail":"admin@%s.test"}
        """
        .formatted(slug, slug, slug, color, slug);
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
    assertThat(matcher.find()).as(name + " in " + json).isTrue();
    return matcher.group(1);
  }
}
