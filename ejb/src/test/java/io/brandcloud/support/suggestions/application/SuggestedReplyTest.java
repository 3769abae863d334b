package io.brandcloud.support.suggestions.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.support.suggestions.domain.KnowledgeBase;
import io.brandcloud.support.tickets.application.TenantLanguageTexts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestedReplyTest {

  private final SuggestedReply reply =
      new SuggestedReply(
          new TenantLanguageTexts(TenantLanguageTexts.SUGGESTIONS, "en"), "https://acme.example");

  @Test
  void greetsThisCustomerReusesTheAnswerWithoutItsGreetingAndLinksTheArticles() {
    String text =
        reply.write(
            Optional.of("Agnes"),
            Optional.of("Hi Bob,\n\nOpen the server and choose Reset password.\n\nRegards"),
            List.of(
                new KnowledgeBase.Page(
                    7,
                    "doc",
                    "Reset the root password",
                    "/help/article.xhtml?slug=reset",
                    "",
                    1f)));
    assertThat(text)
        .isEqualTo(
            "Hello Agnes,\n\nOpen the server and choose Reset password.\n\nRegards\n\n"
                + "You can read more here:\n"
                + "- Reset the root password: https://acme.example/help/article.xhtml?slug=reset");
  }

  @Test
  void withoutAResolvedTicketItPointsToTheArticles() {
    assertThat(
            reply.write(
                Optional.empty(),
                Optional.empty(),
                List.of(new KnowledgeBase.Page(1, "faq", "VAT", "/faq.xhtml#vat", "", 1f))))
        .isEqualTo(
            "Hello,\n\nThese articles should help:\n- VAT: https://acme.example/faq.xhtml#vat");
  }

  @Test
  void keepsAFirstLineThatIsNoGreeting() {
    assertThat(SuggestedReply.withoutGreeting("Hello world is printed by\nthe demo"))
        .startsWith("Hello world");
    assertThat(SuggestedReply.withoutGreeting("Hallo Frau Müller,\nBitte neu starten."))
        .isEqualTo("Bitte neu starten.");
    assertThat(SuggestedReply.withoutGreeting("Reboot it.")).isEqualTo("Reboot it.");
  }
}
