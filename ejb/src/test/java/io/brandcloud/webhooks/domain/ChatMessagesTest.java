package io.brandcloud.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChatMessagesTest {

  @Test
  void aServerEventIsOneLineWithTheCustomersName() {
    String body =
        ChatMessages.body(
            WebhookFormat.SLACK,
            event("server.running", "{\"id\":7,\"hostname\":\"web-1\"}", "Acme GmbH", null),
            Locale.ENGLISH);

    assertThat(read(body).getString("text")).isEqualTo("Server web-1 of Acme GmbH is running");
    assertThat(read(body).keySet()).contains("text");
  }

  @Test
  void amountsAreWrittenAsTheReadersLanguageWritesMoney() {
    String line =
        ChatMessages.line(
            event(
                "invoice.paid",
                "{\"number\":\"INV-0042\",\"total\":\"1234.5\",\"currency\":\"EUR\"}",
                "Acme GmbH",
                null),
            Locale.GERMAN,
            text -> text);

    assertThat(line).isEqualTo("Rechnung INV-0042 (1.234,50\u00a0€) von Acme GmbH ist bezahlt");
  }

  @Test
  void whatCustomersWroteCannotMentionLinkOrMarkUpInSlackOrDiscord() {
    ChatMessages.Event ticket =
        event(
            "ticket.created",
            "{\"subject\":\"<!channel> see <https://evil.example|here> @everyone **now**\"}",
            "Evil & Co",
            null);

    String slack =
        read(ChatMessages.body(WebhookFormat.SLACK, ticket, Locale.ENGLISH)).getString("text");
    JsonObject discord = read(ChatMessages.body(WebhookFormat.DISCORD, ticket, Locale.ENGLISH));

    String z = "\u200B";
    assertThat(slack)
        .isEqualTo(
            "New ticket from Evil &amp; Co: &lt;!channel&gt; see &lt;https://evil.example"
                + z
                + "|here&gt; @"
                + z
                + "everyone "
                + z
                + "*"
                + z
                + "*now"
                + z
                + "*"
                + z
                + "*");
    assertThat(discord.getString("content"))
        .startsWith("New ticket from Evil & Co: ")
        .contains("\\<!channel\\>", "\\@everyone", "\\*\\*now\\*\\*");
    assertThat(discord.getJsonObject("allowed_mentions").getJsonArray("parse")).isEmpty();
  }

  @Test
  void mattermostAndRocketChatMentionsAndLinksAreBrokenWithoutShowing() {
    String line = ChatMessages.slackLiteral("@all @here [x](https://evil.example) _a_");

    assertThat(line).doesNotContain("@all", "@here", "[x]", "](", "_a_");
    assertThat(line.replace("\u200B", "")).isEqualTo("@all @here [x](https://evil.example) _a_");
  }

  @Test
  void slackIsAskedNotToUnfurlLinks() {
    JsonObject body =
        read(
            ChatMessages.body(
                WebhookFormat.SLACK,
                event("server.running", "{\"hostname\":\"web-1\"}", "Acme GmbH", null),
                Locale.ENGLISH));

    assertThat(body.getBoolean("unfurl_links")).isFalse();
    assertThat(body.getBoolean("unfurl_media")).isFalse();
  }

  @Test
  void aSubscriptionIsNamedByItsProductAndAVisitorsTicketByNoCustomer() {
    assertThat(
            ChatMessages.line(
                event(
                    "subscription.renewed", "{\"id\":3,\"product_id\":9}", "Acme GmbH", "Backups"),
                Locale.ENGLISH,
                text -> text))
        .isEqualTo("Subscription of Acme GmbH to Backups renewed");
    assertThat(
            ChatMessages.line(
                event("ticket.created", "{\"subject\":\"Hello\"}", null, null),
                Locale.ENGLISH,
                text -> text))
        .isEqualTo("New ticket from a visitor: Hello");
  }

  @Test
  void staffHearOfANewCustomerAndOfWhatWaitsForReviewInTheirLanguage() {
    assertThat(
            ChatMessages.line(
                event("customer.signed_up", "{\"organisationId\":9}", "Ada Lovelace", null),
                Locale.ENGLISH,
                text -> text))
        .isEqualTo("New customer: Ada Lovelace signed up");
    assertThat(
            ChatMessages.line(
                event("fraud.held", "{\"id\":3,\"kind\":\"ORDER\",\"score\":80}", "Ada", null),
                Locale.GERMAN,
                text -> text))
        .isEqualTo("Eine Bestellung von Ada wartet auf Ihre Betrugspr\u00fcfung");
  }

  @Test
  void everyEventStaffOrCustomersMayAskForHasALineInBothLanguages() {
    for (String type : WebhookEventTypes.all(true)) {
      for (Locale language : java.util.List.of(Locale.ENGLISH, Locale.GERMAN)) {
        String data = type.startsWith("fraud") ? "{\"kind\":\"TOP_UP\"}" : "{}";
        assertThat(ChatMessages.line(event(type, data, "Acme", null), language, text -> text))
            .as("not the line of an unknown event, which names its type: " + type + " " + language)
            .doesNotContain(type);
      }
    }
  }

  private static ChatMessages.Event event(
      String type, String data, String organisation, String product) {
    return new ChatMessages.Event(type, data, organisation, product, "Acme Cloud");
  }

  private static JsonObject read(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
