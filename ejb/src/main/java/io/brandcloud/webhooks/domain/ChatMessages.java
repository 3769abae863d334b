package io.brandcloud.webhooks.domain;

import io.brandcloud.shared.Money;
import io.brandcloud.support.discord.domain.DiscordWire;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An event as one line a team reads in its chat, in the language of whoever added the endpoint:
 * "Server web-1 of Acme GmbH is running". What customers wrote or named (a hostname, a ticket's
 * subject, their organisation's name) is shown as written, never as a mention, a link or markup.
 */
public final class ChatMessages {

  private static final String BUNDLE = "io.brandcloud.webhooks.domain.chat";
  private static final Pattern SLACK_MARKS = Pattern.compile("[@\\[\\]()*_~`|]");
  private static final String ZERO_WIDTH_SPACE = "\u200B";
  private static final ResourceBundle.Control NO_SERVER_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private ChatMessages() {}

  /** What the event tells people, with the names its ids stand for. */
  public record Event(
      String type, String dataJson, String organisationName, String productName, String shop) {}

  /** The body a Slack-compatible or Discord webhook takes; JSON endpoints are sent the event. */
  public static String body(WebhookFormat format, Event event, Locale language) {
    return switch (format) {
      case SLACK ->
          Json.createObjectBuilder()
              .add("text", line(event, language, ChatMessages::slackLiteral))
              .add("unfurl_links", false)
              .add("unfurl_media", false)
              .build()
              .toString();
      case DISCORD ->
          DiscordWire.webhookMessage(line(event, language, DiscordWire::literal)).toString();
      case JSON -> throw new IllegalArgumentException("A JSON endpoint is sent the event itself");
    };
  }

  /** The line, each name passed through {@code literal} for the chat it goes to. */
  static String line(
      Event event, Locale language, java.util.function.UnaryOperator<String> literal) {
    JsonObject data;
    try (var reader = Json.createReader(new StringReader(event.dataJson()))) {
      data = reader.readObject();
    }
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, language, NO_SERVER_LOCALE);
    String customer =
        event.organisationName() == null
            ? words.getString("visitor")
            : literal.apply(event.organisationName());
    String subject = literal.apply(subjectOf(event, data, words, language));
    String pattern;
    try {
      pattern = words.getString(event.type());
    } catch (MissingResourceException e) {
      pattern = words.getString("other");
    }
    return new MessageFormat(pattern, language)
        .format(new Object[] {subject, customer, literal.apply(event.type())});
  }

  /** What the event is about: a server's name, an invoice's number and total, an amount. */
  private static String subjectOf(
      Event event, JsonObject data, ResourceBundle words, Locale language) {
    String family = event.type().substring(0, event.type().indexOf('.'));
    return switch (family) {
      case "server" -> text(data, "hostname");
      case "invoice" -> text(data, "number") + " (" + money(data, "total", language) + ")";
      case "payment" ->
          money(data, event.type().equals("payment.refunded") ? "refunded" : "amount", language);
      case "ticket" -> text(data, "subject");
      case "subscription" ->
          event.productName() == null ? "#" + text(data, "id") : event.productName();
      case "fraud" -> words.getString("fraud.kind." + text(data, "kind"));
      default -> event.shop() == null ? "" : event.shop();
    };
  }

  private static String money(JsonObject data, String field, Locale language) {
    String amount = text(data, field);
    String currency = text(data, "currency");
    try {
      return new Money(new java.math.BigDecimal(amount), Currency.getInstance(currency))
          .display(language);
    } catch (IllegalArgumentException e) {
      return amount + " " + currency;
    }
  }

  private static String text(JsonObject data, String field) {
    JsonValue value = data.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  /**
   * Text shown as written in Slack and in the chats that take its webhooks: Slack's own escaping
   * for its links and mentions ({@code <!channel>}), and for Mattermost's and Rocket.Chat's ({@code
   * @all}, {@code [text](link)}, markdown) a zero-width space that breaks each mark without showing,
   * as none of them knows a backslash escape.
   */
  static String slackLiteral(String text) {
    String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return SLACK_MARKS
        .matcher(escaped)
        .replaceAll(m -> Matcher.quoteReplacement(broken(m.group())));
  }

  private static String broken(String mark) {
    return mark.equals("@") ? "@" + ZERO_WIDTH_SPACE : ZERO_WIDTH_SPACE + mark;
  }
}
