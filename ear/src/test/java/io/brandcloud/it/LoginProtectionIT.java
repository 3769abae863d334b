package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.identity.application.AccountTokens;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Brute-force protection and session control: wrong passwords lock the account for the address that
 * sent them, then the address for every account; the user is told until when; an admin can unlock;
 * a password change ends other sessions.
 */
@ExtendWith(ArquillianExtension.class)
class LoginProtectionIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @Inject AccountTokens tokens;

  private Fixture shop;
  private Http http;
  private String email;
  private Instant start;

  @BeforeEach
  void shop() {
    start = Scenario.nextMonthAt("09:00");
    scenario.at(start);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("lock"), BigDecimal.ONE);
    http = new Http(Http.localServer());
    email = TestTenants.customerEmail(shop);
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void fiveWrongPasswordsLockTheAccountUntilTheTimeTheUserIsTold() {
    Http guesser = http.as(email, "wrong-password");
    for (int i = 1; i <= 4; i++) {
      assertThat(guesser.get(api("/me")).statusCode()).as("attempt " + i).isEqualTo(401);
    }
    HttpResponse<String> fifth = guesser.get(api("/me"));
    assertThat(fifth.statusCode()).isEqualTo(429);
    assertThat(fifth.body()).contains("account_locked").contains("09:01:00");

    Http owner = http.as(email, TestTenants.CUSTOMER_PASSWORD);
    assertThat(owner.get(api("/me")).statusCode())
        .as("even the right password waits")
        .isEqualTo(429);
    scenario.at(start.plus(Duration.ofSeconds(61)));
    assertThat(owner.get(api("/me")).statusCode()).isEqualTo(200);

    Http staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    String audit = staff.get(api("/admin/audit?action=login&actor=" + email)).body();
    assertThat(audit).contains("login.failure").contains("login.locked");
    assertThat(audit)
        .as("an API call's right password is no login event (one row per request otherwise)")
        .doesNotContain("login.success");
    assertThat(audit).contains("\"ip\":\"127.0.0.1\"");
  }

  @Test
  void aGuesserLocksOnlyItselfOutAndLearnsNothingAboutWhichAccountsExist() {
    String unknown = "nobody@" + shop.tenant().slug() + ".test";
    HttpResponse<String> known = null;
    HttpResponse<String> missing = null;
    for (int i = 1; i <= 5; i++) {
      known = http.as(email, "wrong-password").get(api("/me"));
      missing = http.as(unknown, "wrong-password").get(api("/me"));
      assertThat(missing.statusCode()).as("attempt " + i).isEqualTo(known.statusCode());
      assertThat(missing.body()).as("attempt " + i).isEqualTo(known.body().replace(email, unknown));
    }
    assertThat(known.statusCode()).isEqualTo(429);
    assertThat(known.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(missing.headers().firstValue("Retry-After")).hasValue("60");

    Http ownerElsewhere =
        http.as(email, TestTenants.CUSTOMER_PASSWORD).withHeader("X-Forwarded-For", "203.0.113.7");
    assertThat(ownerElsewhere.get(api("/me")).statusCode())
        .as("the owner, from another address, is not locked out")
        .isEqualTo(200);
  }

  @Test
  void guessingFromManyAddressesStillEndsAtTheAccountsCeiling() {
    for (int source = 1; source <= 10; source++) {
      Http guesser =
          http.as(email, "wrong-password").withHeader("X-Forwarded-For", "198.51.100." + source);
      for (int i = 0; i < 5; i++) {
        guesser.get(api("/me"));
      }
    }
    HttpResponse<String> owner =
        http.as(email, TestTenants.CUSTOMER_PASSWORD)
            .withHeader("X-Forwarded-For", "203.0.113.99")
            .get(api("/me"));
    assertThat(owner.statusCode()).as("fifty guesses from anywhere lock everywhere").isEqualTo(429);
    assertThat(owner.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void aQuietHourDeletesTheFailuresItMadeMeaningless() {
    Http guesser = http.as(email, "wrong-password");
    for (int i = 0; i < 3; i++) {
      assertThat(guesser.get(api("/me")).statusCode()).isEqualTo(401);
    }
    assertThat(failureRowsFor(email)).isEqualTo(1);

    scenario.at(start.plus(Duration.ofMinutes(59)));
    http.as("someone-else@" + shop.tenant().slug() + ".test", "wrong-password").get(api("/me"));
    assertThat(failureRowsFor(email)).as("within the hour").isEqualTo(1);

    scenario.at(start.plus(Duration.ofMinutes(61)));
    http.as("someone-else@" + shop.tenant().slug() + ".test", "wrong-password").get(api("/me"));
    assertThat(failureRowsFor(email)).as("after a quiet hour").isZero();
  }

  private long failureRowsFor(String address) {
    return shop.as(
        () ->
            ((Number)
                    tenants
                        .em()
                        .createNativeQuery("SELECT count(*) FROM login_failures WHERE email = ?1")
                        .setParameter(1, address)
                        .getSingleResult())
                .longValue());
  }

  @Test
  void aPasswordResetLiftsTheLock() {
    for (int i = 0; i < 5; i++) {
      http.as(email, "wrong-password").get(api("/me"));
    }
    assertThat(http.as(email, TestTenants.CUSTOMER_PASSWORD).get(api("/me")).statusCode())
        .isEqualTo(429);
    String token =
        shop.as(
            () ->
                tokens
                    .issue(
                        shop.userId(),
                        AccountTokens.Purpose.RESET_PASSWORD,
                        Duration.ofHours(1),
                        false)
                    .token());
    HttpResponse<String> reset =
        http.post(
            api("/account/password-resets/confirm"),
            "{\"token\":\"" + token + "\",\"password\":\"a-fresh-password\"}");
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    assertThat(http.as(email, "a-fresh-password").get(api("/me")).statusCode()).isEqualTo(200);
  }

  @Test
  void anAdminLiftsTheLockAtOnce() {
    Http guesser = http.as(email, "wrong-password");
    for (int i = 0; i < 5; i++) {
      guesser.get(api("/me"));
    }
    Http owner = http.as(email, TestTenants.CUSTOMER_PASSWORD);
    assertThat(owner.get(api("/me")).statusCode()).isEqualTo(429);
    Http staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    assertThat(staff.post(api("/admin/users/" + shop.userId() + "/unlock"), "").statusCode())
        .isEqualTo(204);
    assertThat(owner.get(api("/me")).statusCode()).isEqualTo(200);
    assertThat(staff.get(api("/admin/audit?action=account.unlocked")).body()).contains(email);
  }

  @Test
  void guessingAcrossManyAccountsLocksTheAddress() {
    for (int i = 0; i < 20; i++) {
      http.as("nobody-" + i + "@lock.test", "guess").get(api("/me"));
    }
    HttpResponse<String> owner = http.as(email, TestTenants.CUSTOMER_PASSWORD).get(api("/me"));
    assertThat(owner.statusCode()).isEqualTo(429);
    assertThat(owner.body()).contains("account_locked");
    scenario.at(start.plus(Duration.ofMinutes(2)));
    assertThat(http.as(email, TestTenants.CUSTOMER_PASSWORD).get(api("/me")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void aPasswordChangeNeedsTheCurrentOneAndEndsOtherSessions() {
    Http browser = new Http(http.base());
    String portal = "t/" + shop.tenant().slug() + "/portal/index.xhtml";
    FacesLogin.login(
        browser,
        "t/" + shop.tenant().slug() + "/login.xhtml",
        email,
        TestTenants.CUSTOMER_PASSWORD);
    assertThat(browser.get(portal).statusCode()).isEqualTo(200);

    scenario.at(start.plus(Duration.ofMinutes(1)));
    Http owner = http.as(email, TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> wrong =
        owner.post(
            api("/account/password"),
            "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"brand-new-password\"}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    HttpResponse<String> changed =
        owner.post(
            api("/account/password"),
            "{\"currentPassword\":\""
                + TestTenants.CUSTOMER_PASSWORD
                + "\",\"newPassword\":\"brand-new-password\"}");
    assertThat(changed.statusCode()).isEqualTo(200);

    HttpResponse<String> after = browser.get(portal);
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location").orElse(""))
        .contains("/login.xhtml?next=")
        .doesNotContain("expired");
    assertThat(http.as(email, "brand-new-password").get(api("/me")).statusCode()).isEqualTo(200);
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
