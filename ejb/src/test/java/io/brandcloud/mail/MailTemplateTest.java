package io.brandcloud.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailTemplateTest {

  private static final MessageFormatting ENGLISH =
      new MessageFormatting(Locale.ENGLISH, ZoneId.of("UTC"), false);

  @ParameterizedTest
  @EnumSource(MessageType.class)
  void everyDefaultTemplateFillsEveryNameItUses(MessageType type) {
    Map<String, Object> values =
        new LinkedHashMap<>(MessageSamples.of(type, Currency.getInstance("EUR"), "https://p"));
    values.put("product", "Acme Cloud");
    values.put("portalUrl", "https://p");
    assertThat(values.keySet()).containsExactlyInAnyOrderElementsOf(type.variables());

    RenderedMessage message =
        DefaultTemplates.compiled(type, Locale.ENGLISH).render(ENGLISH.format(values));

    assertThat(message.subject()).startsWith("Acme Cloud: ").doesNotContain("{{", "\n");
    assertThat(message.body()).doesNotContain("{{").doesNotContain("}}").endsWith("\n");
  }

  @Test
  void aClosedAccountsMailSaysWhatGoesBackAndLeavesOutWhatDoesNot() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("product", "Acme Cloud");
    values.put("portalUrl", "https://p");
    values.put("name", "Ada");
    values.put("organisation", "Ada's team");
    values.put(
        "refunded",
        new io.brandcloud.shared.Money(
            new java.math.BigDecimal("20.00"), Currency.getInstance("EUR")));
    values.put("kept", "");

    String body =
        DefaultTemplates.compiled(MessageType.ORGANISATION_CLOSED, Locale.ENGLISH)
            .render(ENGLISH.format(values))
            .body();

    assertThat(body)
        .contains("€20.00 goes back to the cards it came from")
        .doesNotContain("stays as a credit")
        .endsWith(
            "for our records.\n\n€20.00 goes back to the cards it came from; a refund can take"
                + " a few days to show on a statement.\n");
  }

  @Test
  void aTenantsTemplateRendersTheValuesAsTheyAreWithoutHtmlEscaping() {
    MailTemplate template =
        MailTemplate.compile(
            MessageType.SERVER_DELETED,
            "{{product}}: {{server}} is gone",
            "Dear {{name}} of {{organisation}},\n{{server}} was deleted.\n");

    RenderedMessage message =
        template.render(
            Map.of(
                "product", "Acme",
                "server", "web<1>",
                "name", "O'Brien & Sons",
                "organisation", "\"Q\" Ltd"));

    assertThat(message.subject()).isEqualTo("Acme: web<1> is gone");
    assertThat(message.body())
        .isEqualTo("Dear O'Brien & Sons of \"Q\" Ltd,\nweb<1> was deleted.\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hello {{nmae}}",
        "Hello {{name.class}}",
        "Hello {{#name}}{{getClass}}{{/name}}",
        "{{> /etc/passwd}}",
        "{{< invitation}}{{/invitation}}",
        "{{>*name}}"
      })
  void aTemplateNamingAnythingButItsTypesValuesIsRefusedWhenSaved(String body) {
    assertThatThrownBy(() -> MailTemplate.compile(MessageType.PASSWORD_RESET, "Reset", body))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("body");
  }

  @Test
  void theRefusalNamesTheUnknownValueAndTheKnownOnes() {
    assertThatThrownBy(
            () -> MailTemplate.compile(MessageType.PASSWORD_RESET, "Reset", "Hi {{nmae}}"))
        .hasMessageContaining("uses nmae")
        .hasMessageContaining("name, link, product, portalUrl");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "two\nlines", "{{unclosed"})
  void aSubjectMustBeOneValidLine(String subject) {
    assertThatThrownBy(() -> MailTemplate.compile(MessageType.PASSWORD_RESET, subject, "Body"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("subject");
  }

  @Test
  void anUnclosedSectionIsRefusedWithTheParsersReason() {
    assertThatThrownBy(
            () -> MailTemplate.compile(MessageType.PASSWORD_RESET, "Reset", "{{#name}} open"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("not a valid template");
  }

  @Test
  void aBodyLongerThanTheLimitIsRefused() {
    String body = "x".repeat(MailTemplate.MAX_BODY + 1);
    assertThatThrownBy(() -> MailTemplate.compile(MessageType.PASSWORD_RESET, "Reset", body))
        .hasMessageContaining("at most 20000");
  }
}
