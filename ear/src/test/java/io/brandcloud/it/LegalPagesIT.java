package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shop's terms and privacy policy: published by staff as versions that stay, read by anyone,
 * accepted at sign-up (no account without the acceptance, none of an outdated version) and again by
 * a customer once a page changed, each acceptance counted against its version.
 */
@ExtendWith(ArquillianExtension.class)
class LegalPagesIT {

  private static final String TERMS =
      "{\"title\":\"Terms of service\",\"body\":\"# Terms\\n\\nBe nice.\"}";
  private static final String PRIVACY =
      "{\"title\":\"Privacy policy\",\"body\":\"We keep little.\"}";

  @Inject TestTenants tenants;

  @Test
  void aSignUpAcceptsTheCurrentVersionsAndACustomerAcceptsAChangedOne() {
    String slug = TestTenants.uniqueSlug("legal");
    CreatedTenant created = tenants.create(slug);
    TenantContext tenant = tenants.context(slug);
    Http visitor = new Http(Http.localServer().resolve("t/" + slug + "/"));
    Http admin =
        visitor.as(
            "admin@" + slug + ".test",
            Http.chooseOwnPassword(
                Http.localServer(),
                slug,
                "admin@" + slug + ".test",
                created.adminOneTimePassword()));

    assertThat(visitor.get("api/v1/legal").body()).isEqualTo("[]");
    assertThat(
            visitor.post("api/v1/account/registrations", signUp("early@l.test", "")).statusCode())
        .as("nothing published, nothing to accept")
        .isEqualTo(201);

    assertThat(
            admin.post("api/v1/admin/legal/terms", "{\"title\":\" \",\"body\":\"x\"}").statusCode())
        .isEqualTo(400);
    assertThat(admin.post("api/v1/admin/legal/cookies", TERMS).statusCode()).isEqualTo(400);
    JsonObject terms = Http.json(created(admin.post("api/v1/admin/legal/terms", TERMS)));
    assertThat(terms.getInt("version")).isEqualTo(1);
    assertThat(terms.getString("html")).contains("<h1>Terms</h1>");
    long privacy =
        Http.json(created(admin.post("api/v1/admin/legal/privacy", PRIVACY)))
            .getJsonNumber("id")
            .longValue();
    long termsV1 = terms.getJsonNumber("id").longValue();
    String current = visitor.get("api/v1/legal").body();
    assertThat(Http.jsonArray(current)).hasSize(2);
    assertThat(current).as("who on the staff published it is not public").doesNotContain("admin@");
    assertThat(
            visitor
                .post("api/v1/account/registrations", signUp("jo@l.test", ", null"))
                .statusCode())
        .isEqualTo(400);

    HttpResponse<String> unaccepted =
        visitor.post("api/v1/account/registrations", signUp("jo@l.test", ""));
    assertThat(unaccepted.statusCode()).isEqualTo(400);
    assertThat(unaccepted.body())
        .contains("Accept the Terms of service, Privacy policy to sign up");
    assertThat(
            visitor
                .post("api/v1/account/registrations", signUp("jo@l.test", "," + termsV1))
                .statusCode())
        .isEqualTo(400);
    assertThat(
            visitor
                .post(
                    "api/v1/account/registrations",
                    signUp("jo@l.test", ", " + termsV1 + ", " + privacy + ", 999999"))
                .statusCode())
        .as("a version that is not current")
        .isEqualTo(409);
    assertThat(
            visitor
                .post(
                    "api/v1/account/registrations",
                    signUp("jo@l.test", ", " + termsV1 + ", " + privacy))
                .statusCode())
        .as("the refusals before left no account behind")
        .isEqualTo(201);
    assertThat(acceptances(tenant, "jo@l.test")).isEqualTo("privacy 1 sign-up, terms 1 sign-up");

    tenants.signUpCustomer(tenant, "cu@l.test", "Cu", "customer-password");
    Http customer = visitor.as("cu@l.test", "customer-password");
    long termsV2 =
        Http.json(
                created(
                    admin.post("api/v1/admin/legal/terms", TERMS.replace("Be nice.", "Be kind."))))
            .getJsonNumber("id")
            .longValue();
    assertThat(Http.jsonArray(customer.get("api/v1/legal/outstanding").body())).hasSize(2);
    for (String order :
        new String[] {
          "servers {\"planId\":999999,\"hostname\":\"early\"}",
          "subscriptions {\"productId\":999999,\"cycle\":\"monthly\"}"
        }) {
      String[] parts = order.split(" ", 2);
      HttpResponse<String> early = customer.post("api/v1/" + parts[0], parts[1]);
      assertThat(early.statusCode())
          .as("an order through the API waits, as the portal's does")
          .isEqualTo(409);
      assertThat(early.body()).contains("\"code\":\"terms_outstanding\"");
    }
    Http once = customer.withHeader("Idempotency-Key", "legal-order-1");
    String order = "{\"planId\":999999,\"hostname\":\"keyed\"}";
    assertThat(once.post("api/v1/servers", order).statusCode()).isEqualTo(409);
    assertThat(customer.post("api/v1/legal/acceptances", "{\"accepted\":[]}").statusCode())
        .isEqualTo(400);
    assertThat(
            customer
                .post(
                    "api/v1/legal/acceptances", "{\"accepted\":[" + termsV1 + "," + privacy + "]}")
                .statusCode())
        .as("version 1 of the terms is not current any more")
        .isEqualTo(409);
    assertThat(
            customer
                .post(
                    "api/v1/legal/acceptances", "{\"accepted\":[" + termsV2 + "," + privacy + "]}")
                .statusCode())
        .isEqualTo(204);
    assertThat(customer.get("api/v1/legal/outstanding").body()).isEqualTo("[]");
    assertThat(once.post("api/v1/servers", order).statusCode())
        .as("the same request with the same key is carried out once the terms are accepted")
        .isBetween(400, 404);
    assertThat(
            customer
                .post("api/v1/servers", "{\"planId\":999999,\"hostname\":\"now\"}")
                .statusCode())
        .as("accepted, the order goes on to its own checks")
        .isNotEqualTo(409)
        .isBetween(400, 404);
    assertThat(acceptances(tenant, "cu@l.test")).isEqualTo("privacy 1 api, terms 2 api");

    JsonArray versions = Http.jsonArray(admin.get("api/v1/admin/legal/terms").body());
    assertThat(versions).hasSize(2);
    assertThat(versions.getJsonObject(0).getInt("version")).isEqualTo(2);
    assertThat(versions.getJsonObject(0).getInt("acceptances")).isEqualTo(1);
    assertThat(versions.getJsonObject(1).getInt("acceptances")).isEqualTo(1);
    assertThat(customer.get("api/v1/admin/legal/terms").statusCode()).isEqualTo(403);

    HttpResponse<String> page = visitor.get("legal.xhtml?page=terms");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Version 2").contains("Be kind.").doesNotContain("Be nice.");
    assertThat(page.body())
        .as("its canonical address names the page")
        .containsPattern("rel=\"canonical\" href=\"[^\"]*/legal\\.xhtml\\?page=terms\"");
    assertThat(visitor.get("legal.xhtml?page=cookies").statusCode()).isEqualTo(404);
    assertThat(visitor.get("signup.xhtml").body())
        .contains("signup:accept")
        .contains("legal.xhtml?page=terms")
        .contains("Privacy policy");
  }

  private static String created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return response.body();
  }

  /** A sign-up's body; {@code accepted} lists ids after a comma each, or is empty. */
  private static String signUp(String email, String accepted) {
    return "{\"email\":\""
        + email
        + "\",\"name\":\"Jo\",\"password\":\"legal-password-1\""
        + (accepted.isEmpty() ? "" : ",\"accepted\":[" + accepted.substring(1).strip() + "]")
        + "}";
  }

  /** The user's acceptances as "kind version via", by page and version. */
  private String acceptances(TenantContext tenant, String email) {
    return TestTenants.as(
        tenant,
        () ->
            String.join(
                ", ",
                tenants
                    .em()
                    .createNativeQuery(
                        "SELECT d.kind || ' ' || d.version || ' ' || a.via FROM legal_acceptances a"
                            + " JOIN legal_documents d ON d.id = a.document_id"
                            + " JOIN users u ON u.id = a.user_id WHERE u.email = ?1"
                            + " ORDER BY d.kind, d.version")
                    .setParameter(1, email)
                    .getResultList()
                    .stream()
                    .map(String::valueOf)
                    .toList()));
  }
}
