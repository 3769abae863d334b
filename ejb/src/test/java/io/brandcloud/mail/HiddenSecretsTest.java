package io.brandcloud.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What staff read of a mail: never the link or code that opens the recipient's account. */
class HiddenSecretsTest {

  private static final String LINK = "https://p/t/acme/reset.xhtml?token=s3cr3t-t0ken";
  private static final String CODE = "493817";

  @ParameterizedTest
  @EnumSource(
      value = MessageType.class,
      names = {
        "INVITATION",
        "EMAIL_VERIFICATION",
        "PASSWORD_RESET",
        "DATA_EXPORT_READY",
        "ERASURE_CONFIRMATION"
      })
  void theCopyOthersReadHidesEveryLinkAndCodeInEveryLanguage(MessageType type) {
    for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
      Map<String, Object> values = sample(type);
      RenderedMessage sent = render(type, locale, values);
      RenderedMessage shown = render(type, locale, type.withSecretsHidden(values));

      assertThat(sent.body()).contains(LINK);
      assertThat(shown.subject() + shown.body())
          .doesNotContain("s3cr3t-t0ken")
          .doesNotContain(CODE)
          .contains(MessageType.HIDDEN);
    }
  }

  @Test
  void aTemplatePuttingTheCodeInTheSubjectStillHidesIt() {
    MessageType type = MessageType.EMAIL_VERIFICATION;
    MailTemplate own = MailTemplate.compile(type, "Your code: {{code}}", "Or open {{link}}\n");
    Map<String, Object> values = sample(type);

    RenderedMessage shown = own.render(format(type.withSecretsHidden(values)));

    assertThat(shown.subject()).isEqualTo("Your code: " + MessageType.HIDDEN);
    assertThat(shown.body()).isEqualTo("Or open " + MessageType.HIDDEN + "\n");
  }

  @ParameterizedTest
  @EnumSource(
      value = MessageType.class,
      names = {
        "INVITATION",
        "EMAIL_VERIFICATION",
        "PASSWORD_RESET",
        "EMAIL_CHANGE",
        "DATA_EXPORT_READY",
        "ERASURE_CONFIRMATION"
      },
      mode = EnumSource.Mode.EXCLUDE)
  void messagesWithoutSecretsAreReadAsTheyAre(MessageType type) {
    Map<String, Object> values = sample(type);
    assertThat(type.hasSecrets()).isFalse();
    assertThat(type.withSecretsHidden(values)).isEqualTo(values);
  }

  private static Map<String, Object> sample(MessageType type) {
    Map<String, Object> values =
        new LinkedHashMap<>(MessageSamples.of(type, Currency.getInstance("EUR"), "https://p"));
    values.put("product", "Acme Cloud");
    values.put("portalUrl", "https://p");
    values.computeIfPresent("link", (name, value) -> LINK);
    values.computeIfPresent("code", (name, value) -> CODE);
    return values;
  }

  private static RenderedMessage render(MessageType type, Locale locale, Map<String, ?> values) {
    return DefaultTemplates.compiled(type, locale).render(format(values));
  }

  private static Map<String, String> format(Map<String, ?> values) {
    return new MessageFormatting(Locale.ENGLISH, ZoneId.of("UTC"), false).format(values);
  }
}
