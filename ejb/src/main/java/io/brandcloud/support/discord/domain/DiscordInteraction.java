package io.brandcloud.support.discord.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An interaction Discord sent, as far as we use it: a PING when the endpoint is saved in Discord's
 * portal, or a slash command with its options and the Discord account that used it.
 *
 * @param userId the account, from {@code member.user} in a server or {@code user} in a DM
 */
public record DiscordInteraction(
    int type, String id, String userId, String command, Map<String, String> options) {

  public static final int PING = 1;
  public static final int APPLICATION_COMMAND = 2;

  /** The interaction in {@code body}, or nothing when it is not one. */
  public static Optional<DiscordInteraction> parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonObject json = reader.readObject();
      int type = json.getInt("type");
      String id = json.getString("id", null);
      JsonObject user =
          json.containsKey("member") && json.get("member") instanceof JsonObject member
              ? member.getJsonObject("user")
              : json.get("user") instanceof JsonObject direct ? direct : null;
      JsonObject data = json.get("data") instanceof JsonObject d ? d : null;
      return Optional.of(
          new DiscordInteraction(
              type,
              id,
              user == null ? null : user.getString("id", null),
              data == null ? null : data.getString("name", null),
              data == null ? Map.of() : options(data)));
    } catch (JsonException | ClassCastException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> options(JsonObject data) {
    Map<String, String> options = new HashMap<>();
    if (data.get("options") instanceof JsonArray list) {
      for (JsonValue value : list) {
        JsonObject option = value.asJsonObject();
        JsonValue given = option.get("value");
        if (given instanceof JsonString text) {
          options.put(option.getString("name"), text.getString());
        } else if (given instanceof JsonNumber number) {
          options.put(option.getString("name"), number.toString());
        }
      }
    }
    return Map.copyOf(options);
  }
}
