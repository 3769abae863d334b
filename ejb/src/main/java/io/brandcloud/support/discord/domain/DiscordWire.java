package io.brandcloud.support.discord.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * The JSON Discord takes from us, in one place so the contract test checks what is really sent.
 * Every message allows no mentions: a customer who writes {@code @everyone} pings nobody.
 */
public final class DiscordWire {

  /** Discord's limit for a message. */
  public static final int MESSAGE_MAX = 2000;

  /** Discord's limit for a string option, and so for an answer from Discord. */
  public static final int OPTION_MAX = 6000;

  private static final int CALLBACK_MESSAGE = 4;
  private static final int CALLBACK_PONG = 1;
  private static final int EPHEMERAL = 64;
  private static final int SUPPRESS_EMBEDS = 4;
  private static final java.util.regex.Pattern MARKDOWN =
      java.util.regex.Pattern.compile("[\\\\*_~`|<>\\[\\]()#@:-]");

  private DiscordWire() {}

  /**
   * The body of an execute-webhook call that posts {@code content}, without link previews: a
   * customer's link shows as the address it is, never as a picture or a card.
   */
  public static JsonObject webhookMessage(String content) {
    return Json.createObjectBuilder()
        .add("content", content)
        .add("allowed_mentions", noMentions())
        .add("flags", SUPPRESS_EMBEDS)
        .build();
  }

  /**
   * {@code text} shown as it is written: Discord's markdown characters escaped, so a customer can
   * neither hide a link behind other words nor break the post's own formatting.
   */
  public static String literal(String text) {
    return MARKDOWN.matcher(text).replaceAll("\\\\$0");
  }

  /** The answer to a PING. */
  public static JsonObject pong() {
    return Json.createObjectBuilder().add("type", CALLBACK_PONG).build();
  }

  /** An answer only the person who used the command sees. */
  public static JsonObject privateAnswer(String content) {
    return Json.createObjectBuilder()
        .add("type", CALLBACK_MESSAGE)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("content", content)
                .add("flags", EPHEMERAL)
                .add("allowed_mentions", noMentions()))
        .build();
  }

  /** The application's commands: {@code /reply ticket text}. */
  public static JsonArray commands() {
    return Json.createArrayBuilder()
        .add(
            Json.createObjectBuilder()
                .add("name", "reply")
                .add("type", 1)
                .add("description", "Answer a support ticket; the customer is told")
                // in servers only; who may answer is the staff link, checked with every use
                .add("contexts", Json.createArrayBuilder().add(0))
                .add(
                    "options",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("type", 4)
                                .add("name", "ticket")
                                .add("description", "The ticket's number")
                                .add("required", true)
                                .add("min_value", 1))
                        .add(
                            Json.createObjectBuilder()
                                .add("type", 3)
                                .add("name", "text")
                                .add("description", "The answer")
                                .add("required", true)
                                .add("max_length", OPTION_MAX))))
        .build();
  }

  private static JsonObject noMentions() {
    return Json.createObjectBuilder().add("parse", Json.createArrayBuilder()).build();
  }
}
