package io.brandcloud.it;

import static io.brandcloud.it.Http.json;
import static io.brandcloud.it.Http.jsonArray;
import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.application.LowBalanceWarnings;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.mail.MessageType;
import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant's staff reword its mail: each message type has a template, a change is checked before it
 * is saved, previewed with made-up values, used by the next mail of its type with the values
 * written in the tenant's locale, and reset to Brandcloud's wording.
 */
@ExtendWith(ArquillianExtension.class)
class MessageTemplatesIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @Inject ApplicationClock clock;
  @EJB LowBalanceWarnings lowBalance;

  private Fixture shop;
  private Http staff;
  private String base;

  @BeforeEach
  void aShopWithStaff() {
    shop = tenants.withCustomer(TestTenants.uniqueSlug("words"), new BigDecimal("0.20"));
    Http http = new Http(Http.localServer());
    staff = http.as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    base = "t/" + shop.tenant().slug() + "/api/v1";
  }

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void theNextMailUsesTheTenantsWordingAndWritesMoneyInItsLocale() {
    assertThat(jsonArray(staff.get(base + "/admin/message-templates").body()))
        .hasSize(io.brandcloud.mail.MessageType.values().length);
    assertThat(staff.put(base + "/admin/settings", "{\"locale\":\"de\"}").body())
        .contains("\"locale\":\"de\"");
    HttpResponse<String> changed =
        staff.put(
            base + "/admin/message-templates/low-balance",
            """
            {"subject":"{{product}}: Guthaben von {{organisation}} knapp",
             "body":"Hallo {{name}},\\nnoch {{balance}} ({{perHour}} pro Stunde) für {{hours}} Stunden.\\n"}
            """);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed.body()).getBoolean("customised")).isTrue();

    scenario.runningServer(shop, shop.customerId(), "thin-1");
    assertThat(shop.as(() -> lowBalance.warn(clock.now()))).isEqualTo(1);

    String mail = lastMail("%Guthaben%");
    assertThat(mail)
        .startsWith("Hallo Customer of " + shop.tenant().slug() + ",\n")
        .contains("noch 0,20\u00a0€ (0,01\u00a0€ pro Stunde) für 20 Stunden.");
  }

  @Test
  void aTemplateThatDoesNotCompileIsRefusedAndTheSavedOneStays() {
    String reset = base + "/admin/message-templates/password-reset";
    assertThat(
            staff
                .put(reset, "{\"subject\":\"Reset\",\"body\":\"{{name}}: {{link}}\\n\"}")
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> typo =
        staff.put(reset, "{\"subject\":\"Reset\",\"body\":\"Hello {{nmae}}\"}");
    assertThat(typo.statusCode()).isEqualTo(400);
    assertThat(typo.body()).contains("invalid_input").contains("nmae").contains("\"body\"");
    HttpResponse<String> partial =
        staff.put(reset, "{\"subject\":\"Reset\",\"body\":\"{{> /etc/passwd}}\"}");
    assertThat(partial.statusCode()).isEqualTo(400);
    assertThat(staff.put(reset, "{\"subject\":\"Reset\"}").statusCode()).isEqualTo(400);
    assertThat(staff.put(reset, "").statusCode()).isEqualTo(400);
    assertThat(json(staff.get(reset).body()).getString("body")).isEqualTo("{{name}}: {{link}}\n");

    String email = TestTenants.customerEmail(shop);
    assertThat(OwnMail.lastBodyTo(shop.tenant(), email, resetMailedTo(email)))
        .as("the tenant's wording, as its recipient reads it")
        .startsWith("Customer of " + shop.tenant().slug() + ": http");
    assertThat(lastMail("Reset"))
        .as("as staff read it")
        .isEqualTo("Customer of " + shop.tenant().slug() + ": " + MessageType.HIDDEN + "\n");

    JsonObject backToDefault = json(staff.delete(reset).body());
    assertThat(backToDefault.getBoolean("customised")).isFalse();
    assertThat(backToDefault.getString("body")).contains("someone asked to reset the password");
  }

  @Test
  void eachRecipientReadsBrandcloudsWordingInTheLanguageTheyChose() {
    String email = TestTenants.customerEmail(shop);
    Http customer = new Http(Http.localServer()).as(email, TestTenants.CUSTOMER_PASSWORD);
    assertThat(customer.put(base + "/account/language", "{\"language\":\"de\"}").statusCode())
        .isLessThan(300);
    assertThat(OwnMail.lastBodyTo(shop.tenant(), email, resetMailedTo(email)))
        .as("a German reader of an English-speaking shop")
        .startsWith("Hallo Customer of " + shop.tenant().slug() + ",")
        .contains("jemand hat darum gebeten");
  }

  @Test
  void aPreviewRendersMadeUpValuesAndChangesNothing() {
    HttpResponse<String> preview =
        staff.post(
            base + "/admin/message-templates/invoice-issued/preview",
            "{\"body\":\"{{number}} over {{total}} for {{period}}\"}");
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    JsonObject rendered = json(preview.body());
    assertThat(rendered.getString("body"))
        .isEqualTo("INV-2026-000123 over €1,234.50 for October 2026");
    assertThat(rendered.getString("subject"))
        .endsWith(": invoice INV-2026-000123 for October 2026");
    assertThat(
            json(staff.get(base + "/admin/message-templates/invoice-issued").body())
                .getBoolean("customised"))
        .isFalse();
  }

  @Test
  void unknownTypesLocalesAndCallersWhoAreNotAdminsAreRefused() {
    assertThat(staff.get(base + "/admin/message-templates/no-such-mail").statusCode())
        .isEqualTo(404);
    assertThat(staff.put(base + "/admin/settings", "{\"locale\":\"klingon\"}").statusCode())
        .isEqualTo(400);
    assertThat(staff.put(base + "/admin/settings", "{\"locale\":\"xx-YY\"}").statusCode())
        .isEqualTo(400);
    Http customer =
        new Http(Http.localServer())
            .as(TestTenants.customerEmail(shop), TestTenants.CUSTOMER_PASSWORD);
    for (String path : List.of("/admin/message-templates", "/admin/message-templates/invitation")) {
      assertThat(customer.get(base + path).statusCode()).as(path).isEqualTo(403);
    }
    assertThat(
            customer
                .put(
                    base + "/admin/message-templates/invitation",
                    "{\"subject\":\"x\",\"body\":\"y\"}")
                .statusCode())
        .isEqualTo(403);
  }

  /** Asks for a reset of {@code email}'s password; what its mail holds to find it by. */
  private String resetMailedTo(String email) {
    assertThat(
            new Http(Http.localServer())
                .post(base + "/account/password-resets", "{\"email\":\"" + email + "\"}")
                .statusCode())
        .isEqualTo(202);
    return "/reset.xhtml?token=";
  }

  private String lastMail(String subjectLike) {
    return (String)
        tenants
            .em()
            .createNativeQuery(
                "SELECT body FROM "
                    + shop.tenant().schema().name()
                    + ".mail_outbox WHERE subject LIKE ?1 ORDER BY id DESC LIMIT 1")
            .setParameter(1, subjectLike)
            .getSingleResult();
  }
}
