package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.platform.application.CreatedTenant;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A password handed to new staff opens their account once, to choose their own, and only for a day;
 * until then it opens nothing else, on the portal or the API.
 */
@ExtendWith(ArquillianExtension.class)
class OneTimePasswordIT {

  @jakarta.inject.Inject TestTenants tenants;
  @jakarta.inject.Inject Scenario scenario;

  private String slug;
  private String email;
  private String oneTimePassword;
  private Instant created;

  @BeforeEach
  void newTenant() {
    created = Scenario.nextMonthAt("08:00");
    scenario.at(created);
    slug = TestTenants.uniqueSlug("otp");
    CreatedTenant tenant = tenants.create(slug);
    email = tenant.adminEmail();
    oneTimePassword = tenant.adminOneTimePassword();
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void theFirstLoginLeadsOnlyToChoosingAPasswordAndWorksOnce() {
    Http browser = new Http(Http.localServer());
    HttpResponse<String> first =
        FacesLogin.login(browser, page("/login.xhtml"), email, oneTimePassword);
    assertThat(first.statusCode()).isEqualTo(302);
    assertThat(first.headers().firstValue("Location").orElseThrow())
        .endsWith("/t/" + slug + "/new-password.xhtml");
    assertThat(browser.get(page("/admin/index.xhtml")).statusCode())
        .as("nothing opens before the new password is chosen")
        .isEqualTo(302);

    Http other = new Http(Http.localServer());
    HttpResponse<String> again =
        FacesLogin.login(other, page("/login.xhtml"), email, oneTimePassword);
    assertThat(again.statusCode()).as("the one-time password is spent").isEqualTo(200);
    assertThat(again.body()).contains("E-mail address or password is wrong");

    HttpResponse<String> chosen =
        FacesLogin.submit(
            browser,
            page("/new-password.xhtml"),
            "choose",
            Map.of("password", "my-own-admin-password", "repeated", "my-own-admin-password"),
            "submit");
    assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(302);
    assertThat(chosen.headers().firstValue("Location").orElseThrow()).contains("/admin/");
    assertThat(browser.get(page("/admin/index.xhtml")).statusCode()).isEqualTo(200);
    assertThat(
            new Http(Http.localServer())
                .as(email, "my-own-admin-password")
                .get(api("/me"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void theApiRefusesItUntilTheHolderChoosesTheirOwn() {
    Http withOneTime = new Http(Http.localServer()).as(email, oneTimePassword);
    HttpResponse<String> refused = withOneTime.get(api("/me"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("password_change_required");

    String own = Http.chooseOwnPassword(Http.localServer(), slug, email, oneTimePassword);
    assertThat(new Http(Http.localServer()).as(email, own).get(api("/me")).statusCode())
        .isEqualTo(200);
    assertThat(withOneTime.get(api("/me")).statusCode()).isEqualTo(401);

    HttpResponse<String> ownAsOneTime = chooseWith(own, "another-new-password");
    assertThat(ownAsOneTime.statusCode()).as("not a one-time password").isEqualTo(401);
    String audit =
        new Http(Http.localServer())
            .as(email, own)
            .get(api("/admin/audit?action=login&actor=" + email))
            .body();
    assertThat(audit).contains("not a one-time password");
  }

  @Test
  void ofTwoRequestsWithTheSameOneTimePasswordOnlyOneChooses() throws Exception {
    var first = CompletableFuture.supplyAsync(() -> chooseWith(oneTimePassword, "first-choice-pw"));
    var second =
        CompletableFuture.supplyAsync(() -> chooseWith(oneTimePassword, "second-choice-pw"));
    List<Integer> statuses =
        List.of(first.get().statusCode(), second.get().statusCode()).stream().sorted().toList();
    assertThat(statuses.get(0)).isEqualTo(200);
    assertThat(statuses.get(1)).as("the one-time password was spent").isBetween(400, 401);
    String winner = first.get().statusCode() == 200 ? "first-choice-pw" : "second-choice-pw";
    String loser = winner.startsWith("first") ? "second-choice-pw" : "first-choice-pw";
    assertThat(new Http(Http.localServer()).as(email, winner).get(api("/me")).statusCode())
        .isEqualTo(200);
    assertThat(new Http(Http.localServer()).as(email, loser).get(api("/me")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void anUnusedOneTimePasswordExpiresAfterADay() {
    scenario.at(created.plus(Duration.ofHours(24)));
    HttpResponse<String> late = chooseWith(oneTimePassword, "too-late-password");
    assertThat(late.statusCode()).isEqualTo(401);
    assertThat(new Http(Http.localServer()).as(email, oneTimePassword).get(api("/me")).statusCode())
        .isEqualTo(401);
  }

  private HttpResponse<String> chooseWith(String oneTime, String newPassword) {
    return new Http(Http.localServer())
        .post(
            api("/account/one-time-password"),
            "{\"email\":\""
                + email
                + "\",\"oneTimePassword\":\""
                + oneTime
                + "\",\"newPassword\":\""
                + newPassword
                + "\"}");
  }

  private String page(String path) {
    return "t/" + slug + path;
  }

  private String api(String path) {
    return "t/" + slug + "/api/v1" + path;
  }
}
