package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.identity.domain.TotpCodes;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.settings.TenantSettings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * TOTP two-factor authentication end to end: enrol with a code, seeds stored sealed, logins ask for
 * the code, codes and recovery codes work once, staff can be required to enrol.
 */
@ExtendWith(ArquillianExtension.class)
class TwoFactorIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB TenantSettings settings;

  private final TotpCodes codes = new TotpCodes();
  private Fixture shop;
  private Http http;
  private Instant start;

  @BeforeEach
  void shop() {
    start = Scenario.nextMonthAt("10:00");
    scenario.at(start);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("totp"), BigDecimal.ONE);
    http = new Http(Http.localServer());
  }

  @AfterEach
  void systemClock() {
    scenario.reset();
  }

  @Test
  void aCustomerEnrolsAndThenLogsInWithACodeThatWorksOnce() {
    String email = TestTenants.customerEmail(shop);
    Http owner = http.as(email, TestTenants.CUSTOMER_PASSWORD);
    HttpResponse<String> started = owner.post(api("/account/two-factor"), "");
    assertThat(started.statusCode()).isEqualTo(201);
    JsonObject enrolment = Http.json(started.body());
    String secret = enrolment.getString("secret");
    assertThat(enrolment.getString("otpauthUri")).startsWith("otpauth://totp/").contains(secret);
    assertThat(enrolment.getString("qrCodeDataUri")).startsWith("data:image/png;base64,");

    assertThat(confirm(owner, "000000".equals(code(secret, 0)) ? "111111" : "000000").statusCode())
        .isEqualTo(400);
    HttpResponse<String> confirmed = confirm(owner, code(secret, 0));
    assertThat(confirmed.statusCode()).isEqualTo(200);
    List<String> recovery =
        Http.json(confirmed.body())
            .getJsonArray("recoveryCodes")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList();
    assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

    byte[] stored =
        shop.as(
            () ->
                (byte[])
                    tenants
                        .em()
                        .createNativeQuery("SELECT secret_encrypted FROM user_totp")
                        .getSingleResult());
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);

    HttpResponse<String> basic = owner.get(api("/me"));
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(basic.body()).contains("two_factor_required");

    scenario.at(start.plusSeconds(30));
    Http browser = new Http(http.base());
    assertThat(loginPassword(browser, email).headers().firstValue("Location").orElse(""))
        .endsWith("/two-factor.xhtml");
    String now = code(secret, 30);
    HttpResponse<String> second = FacesLogin.secondFactor(browser, page("/two-factor.xhtml"), now);
    assertThat(second.statusCode()).isEqualTo(302);
    assertThat(browser.get(page("/portal/index.xhtml")).statusCode()).isEqualTo(200);

    Http replay = new Http(http.base());
    loginPassword(replay, email);
    HttpResponse<String> replayed = FacesLogin.secondFactor(replay, page("/two-factor.xhtml"), now);
    assertThat(replayed.statusCode()).as("the same code twice").isEqualTo(200);
    assertThat(replayed.body()).contains("That code is not right");
    assertThat(
            FacesLogin.secondFactor(replay, page("/two-factor.xhtml"), recovery.get(0))
                .statusCode())
        .isEqualTo(302);

    Http reuse = new Http(http.base());
    loginPassword(reuse, email);
    assertThat(
            FacesLogin.secondFactor(reuse, page("/two-factor.xhtml"), recovery.get(0)).statusCode())
        .as("a recovery code works once")
        .isEqualTo(200);

    scenario.at(start.plusSeconds(60));
    HttpResponse<String> off =
        browser.post(api("/account/two-factor/disable"), "{\"code\":\"" + code(secret, 60) + "\"}");
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(owner.get(api("/me")).statusCode()).isEqualTo(200);

    Http staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    String audit = staff.get(api("/admin/audit?action=2fa")).body();
    assertThat(audit)
        .contains("2fa.enabled")
        .contains("2fa.recovery_code_used")
        .contains("2fa.disabled");
  }

  @Test
  void aTenantCanRequireStaffToEnrolBeforeTheyAdminister() {
    String staffEmail = tenants.staffOf(shop);
    shop.as(
        () ->
            settings.change(
                io.brandcloud.settings.SettingsChange.staffTwoFactorRequired(true), "test"));
    HttpResponse<String> basic =
        http.as(staffEmail, TestTenants.STAFF_PASSWORD).get(api("/admin/customers"));
    assertThat(basic.statusCode()).isEqualTo(403);
    assertThat(basic.body()).contains("two_factor_setup_required");

    Http browser = new Http(http.base());
    FacesLogin.login(browser, page("/login.xhtml"), staffEmail, TestTenants.STAFF_PASSWORD);
    HttpResponse<String> adminPage = browser.get(page("/admin/customers.xhtml"));
    assertThat(adminPage.statusCode()).isEqualTo(302);
    assertThat(adminPage.headers().firstValue("Location").orElse(""))
        .endsWith("/account.xhtml?twoFactorRequired=true");
    assertThat(browser.get(page("/account.xhtml?twoFactorRequired=true")).body())
        .contains("requires staff to use two-factor authentication");
  }

  private HttpResponse<String> loginPassword(Http browser, String email) {
    return FacesLogin.login(browser, page("/login.xhtml"), email, TestTenants.CUSTOMER_PASSWORD);
  }

  private HttpResponse<String> confirm(Http owner, String code) {
    return owner.post(api("/account/two-factor/confirm"), "{\"code\":\"" + code + "\"}");
  }

  private String code(String secret, int secondsAfterStart) {
    return codes.codeAt(secret, start.plusSeconds(secondsAfterStart));
  }

  private String page(String path) {
    return "t/" + shop.tenant().slug() + path;
  }

  private String api(String path) {
    return "t/" + shop.tenant().slug() + "/api/v1" + path;
  }
}
