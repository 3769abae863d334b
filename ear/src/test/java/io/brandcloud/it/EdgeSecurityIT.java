package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every answer tells a browser, whatever produced it: links in mail and redirects never come
 * from the request's Host header, security headers are on pages, API answers and error pages, and a
 * login cookie stays with its tenant, SameSite, and Secure behind HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
class EdgeSecurityIT {

  private static final String EVIL = "evil.example";

  @Inject TestTenants tenants;

  private Fixture shop;
  private Http http;

  @BeforeEach
  void shop() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("edge"), BigDecimal.ONE);
    http = new Http(Http.localServer());
  }

  @Test
  void aResetLinkNeverCarriesTheHostTheRequestNamed() {
    String email = TestTenants.customerEmail(shop);
    HttpResponse<String> asked =
        http.withHost(EVIL).post(api("/account/password-resets"), "{\"email\":\"" + email + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isLessThan(300);

    String mail = lastMailTo(email);
    assertThat(mail).doesNotContain(EVIL);
    assertThat(mail)
        .contains(Http.localServer().resolve("t/" + slug() + "/reset.xhtml?token=").toString());
  }

  @Test
  void redirectsArePathsSoAForgedHostIsNeverEchoed() {
    HttpResponse<String> root = http.withHost(EVIL).get("t/" + slug() + "/");
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValue("/t/" + slug() + "/index.xhtml");

    HttpResponse<String> portal = http.withHost(EVIL).get("t/" + slug() + "/portal/index.xhtml");
    assertThat(portal.statusCode()).isEqualTo(302);
    assertThat(portal.headers().firstValue("Location").orElseThrow())
        .doesNotContain(EVIL)
        .startsWith("/t/" + slug() + "/login.xhtml");
  }

  @Test
  void pagesApiAnswersAndErrorPagesCarryTheSecurityHeaders() {
    HttpResponse<String> page = http.get("t/" + slug() + "/login.xhtml");
    HttpResponse<String> api = http.get(api("/me"));
    HttpResponse<String> error = http.get("t/" + slug() + "/no-such-page.xhtml");
    HttpResponse<String> unknownTenant = http.get("t/no-such-tenant/login.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(unknownTenant.statusCode()).isEqualTo(404);
    for (HttpResponse<String> answer : List.of(page, api, error, unknownTenant)) {
      assertThat(answer.headers().firstValue("X-Frame-Options"))
          .as(answer.uri().toString())
          .hasValue("DENY");
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
      assertThat(answer.headers().allValues("Content-Security-Policy"))
          .as(answer.uri().toString())
          .singleElement()
          .asString()
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'")
          .doesNotContain("'unsafe-eval'")
          .containsPattern("script-src 'self'( 'nonce-[^']+')?;?$");
    }
    String pagePolicy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    String nonce = pagePolicy.replaceAll(".*'nonce-([^']+)'.*", "$1");
    assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
    assertThat(page.body()).doesNotContain("onclick=");
  }

  @Test
  void theOpenApiDocumentIsReadableFromAnyOriginButNeverWithCredentials() {
    HttpResponse<String> document = http.withHeader("Origin", "https://" + EVIL).get("openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(document.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
    assertThat(document.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(document.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(document.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
  }

  @Test
  void aFormPostedWithAnotherPagesScriptNonceIsAClientError() {
    Http browser = new Http(Http.localServer());
    String login = "t/" + slug() + "/login.xhtml";
    HttpResponse<String> page = browser.get(login);
    String form =
        "login=login&login%3Aemail=a%40b.example&login%3Apassword=x&login%3Asubmit="
            + "&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(
                FacesLogin.viewState(page), java.nio.charset.StandardCharsets.UTF_8)
            + "&primefaces.nonce=not-the-pages-nonce";
    HttpResponse<String> posted = browser.postForm(login, form);
    assertThat(posted.statusCode()).isEqualTo(400);
    assertThat(posted.body()).contains("Page expired").doesNotContain("Exception");
  }

  @Test
  void aTenantsLoginCookieStaysUnderItsOwnPathAndIsSameSite() {
    Http browser = new Http(Http.localServer());
    HttpResponse<String> loggedIn =
        FacesLogin.login(
            browser,
            "t/" + slug() + "/login.xhtml",
            TestTenants.customerEmail(shop),
            TestTenants.CUSTOMER_PASSWORD);
    assertThat(loggedIn.statusCode()).isEqualTo(302);
    List<String> cookies = loggedIn.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID="));
    assertThat(cookies)
        .allSatisfy(
            c ->
                assertThat(c)
                    .containsIgnoringCase("Path=/t/" + slug() + "/")
                    .containsIgnoringCase("SameSite=Lax")
                    .doesNotContainIgnoringCase("Secure"));
    assertThat(browser.get("t/" + slug() + "/portal/index.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> platform = http.get("platform/login.xhtml");
    assertThat(platform.headers().allValues("Set-Cookie"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).containsIgnoringCase("Path=/platform/"));
  }

  @Test
  void behindATrustedHttpsProxyCookiesAreSecureAndTransportIsStrict() {
    HttpResponse<String> page =
        new Http(Http.localServer())
            .withHeader("X-Forwarded-Proto", "https")
            .get("t/" + slug() + "/login.xhtml");
    assertThat(page.headers().allValues("Set-Cookie"))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();

    HttpResponse<String> plain = http.get("t/" + slug() + "/login.xhtml");
    assertThat(plain.headers().allValues("Set-Cookie"))
        .isNotEmpty()
        .noneSatisfy(c -> assertThat(c).containsIgnoringCase("; Secure"));
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  private String lastMailTo(String email) {
    return OwnMail.lastBodyTo(shop.tenant(), email, "reset.xhtml?token=");
  }

  private String slug() {
    return shop.tenant().slug();
  }

  private String api(String path) {
    return "t/" + slug() + "/api/v1" + path;
  }
}
