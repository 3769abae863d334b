package io.brandcloud.support.discord.infrastructure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.brandcloud.support.discord.domain.DiscordException;
import io.brandcloud.support.discord.domain.DiscordWire;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Everything Brandcloud sends Discord, checked against Discord's own document: posts to a channel
 * webhook, the command registration, and the answers to interactions (the body Discord documents
 * for an interaction's callback).
 */
class DiscordContractTest {

  private static final String WEBHOOK = "1181000000000000001";
  private static final String TOKEN = "hook-token_ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String APPLICATION = "1190000000000000000";
  private static final String CALLBACK =
      "/interactions/{interaction_id}/{interaction_token}/callback";

  private final WireMockServer discord = new WireMockServer(options().dynamicPort());
  private DiscordHttpApi api;

  @BeforeEach
  void start() {
    discord.start();
    discord.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    api = new DiscordHttpApi(discord.baseUrl() + "/api/v10");
  }

  @AfterEach
  void stop() {
    discord.stop();
  }

  @Test
  void aPostToTheChannelIsAnExecuteWebhookCallDiscordTakes() {
    api.post(WEBHOOK, TOKEN, "**New ticket #42**: Server down\n> @everyone it is down");

    LoggedRequest sent = only();
    assertThat(sent.getMethod().getName()).isEqualTo("POST");
    assertThat(sent.getUrl())
        .isEqualTo("/api/v10/webhooks/" + WEBHOOK + "/" + TOKEN + "?wait=true");
    assertThat(sent.getHeader("User-Agent")).startsWith("DiscordBot (");
    assertAccepted(sent);
    assertThat(sent.getBodyAsString())
        .as("nobody is pinged")
        .contains("\"allowed_mentions\":{\"parse\":[]}");
  }

  @Test
  void aCustomersTextIsShownAsWrittenNeverAsMarkdownALinkOrAMention() {
    assertThat(DiscordWire.literal("[ticket](https://evil.example) @everyone <@&1> **x** `y`"))
        .isEqualTo(
            "\\[ticket\\]\\(https\\://evil.example\\) \\@everyone \\<\\@&1\\> \\*\\*x\\*\\* \\`y\\`");
  }

  @Test
  void theReplyCommandIsRegisteredWithTheBotToken() {
    api.registerCommands(APPLICATION, "bot.token-value_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    LoggedRequest sent = only();
    assertThat(sent.getMethod().getName()).isEqualTo("PUT");
    assertThat(sent.getUrl()).isEqualTo("/api/v10/applications/" + APPLICATION + "/commands");
    assertThat(sent.getHeader("Authorization"))
        .isEqualTo("Bot bot.token-value_ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    assertAccepted(sent);
  }

  @Test
  void theAnswersToInteractionsAreCallbacksDiscordTakes() {
    assertThat(DiscordDocument.problems("POST", CALLBACK, DiscordWire.pong().toString())).isEmpty();
    assertThat(
            DiscordDocument.problems(
                "POST",
                CALLBACK,
                DiscordWire.privateAnswer("Your answer is in ticket #42").toString()))
        .isEmpty();
  }

  @Test
  void theDocumentRefusesWhatDiscordWouldRefuse() {
    assertThat(
            DiscordDocument.problems(
                "POST",
                "/webhooks/{webhook_id}/{webhook_token}",
                "{\"content\":\"" + "x".repeat(DiscordWire.MESSAGE_MAX + 1) + "\"}"))
        .as("a message over 2,000 characters")
        .isNotEmpty();
    assertThat(DiscordDocument.problems("POST", CALLBACK, "{\"type\":\"pong\"}"))
        .as("a callback type that is no number")
        .isNotEmpty();
    assertThat(
            DiscordDocument.problems(
                "PUT",
                "/applications/{application_id}/commands",
                "[{\"name\":\"" + "r".repeat(33) + "\"}]"))
        .as("a command name over 32 characters")
        .isNotEmpty();
  }

  @Test
  void aRateLimitIsRetriedWhenDiscordSaysAndARefusalIsNot() {
    discord.resetAll();
    discord.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "2.5")
                    .withBody(
                        "{\"message\":\"You are being rate limited.\",\"retry_after\":2.5,\"global\":false}")));
    assertThatThrownBy(() -> api.post(WEBHOOK, TOKEN, "hello"))
        .isInstanceOfSatisfying(
            DiscordException.class,
            e -> {
              assertThat(e.transientFailure()).isTrue();
              assertThat(e.retryAfter()).contains(Duration.ofMillis(2500));
              assertThat(e.getMessage()).doesNotContain(TOKEN);
            });

    discord.resetAll();
    discord.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody("{\"message\": \"Unknown Webhook\", \"code\": 10015}")));
    assertThatThrownBy(() -> api.post(WEBHOOK, TOKEN, "hello"))
        .isInstanceOfSatisfying(
            DiscordException.class,
            e -> {
              assertThat(e.transientFailure()).isFalse();
              assertThat(e.getMessage())
                  .contains("404")
                  .contains("Unknown Webhook")
                  .doesNotContain(TOKEN);
            });
  }

  private LoggedRequest only() {
    List<LoggedRequest> sent =
        discord.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  private static void assertAccepted(LoggedRequest sent) {
    assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    String path = URI.create(sent.getUrl()).getPath().substring("/api/v10".length());
    assertThat(
            DiscordDocument.problems(
                sent.getMethod().getName(),
                DiscordDocument.documentedPath(path),
                sent.getBodyAsString()))
        .as("what Discord's document finds wrong")
        .isEmpty();
  }
}
