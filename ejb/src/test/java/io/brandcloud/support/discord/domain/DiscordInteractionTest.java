package io.brandcloud.support.discord.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interactions as Discord's documentation shows them. */
class DiscordInteractionTest {

  @Test
  void aCommandInAServerNamesItsMemberAndOptions() {
    String body =
        """
        {"type":2,"id":"1194730119165968425","application_id":"1190000000000000000",
         "token":"aW50ZXJhY3Rpb24","version":1,"guild_id":"1180000000000000000",
         "member":{"user":{"id":"80351110224678912","username":"nelly"},"roles":[]},
         "data":{"id":"1","name":"reply","type":1,
                 "options":[{"name":"ticket","type":4,"value":42},
                            {"name":"text","type":3,"value":"Rebooted it for you."}]}}
        """;

    assertThat(DiscordInteraction.parse(body))
        .contains(
            new DiscordInteraction(
                2,
                "1194730119165968425",
                "80351110224678912",
                "reply",
                Map.of("ticket", "42", "text", "Rebooted it for you.")));
  }

  @Test
  void aCommandInADirectMessageNamesItsUserAndAPingNobody() {
    assertThat(
            DiscordInteraction.parse(
                    "{\"type\":2,\"id\":\"9\",\"user\":{\"id\":\"7\"},\"data\":{\"name\":\"reply\"}}")
                .map(DiscordInteraction::userId))
        .contains("7");
    assertThat(DiscordInteraction.parse("{\"type\":1,\"id\":\"9\"}"))
        .contains(new DiscordInteraction(1, "9", null, null, Map.of()));
  }

  @Test
  void whatIsNoInteractionIsNothing() {
    assertThat(DiscordInteraction.parse("")).isEmpty();
    assertThat(DiscordInteraction.parse("[1]")).isEmpty();
    assertThat(DiscordInteraction.parse("{\"id\":\"9\"}")).isEmpty();
    assertThat(DiscordInteraction.parse("{\"type\":\"two\"}")).isEmpty();
  }
}
