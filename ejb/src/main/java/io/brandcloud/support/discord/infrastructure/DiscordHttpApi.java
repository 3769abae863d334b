package io.brandcloud.support.discord.infrastructure;

import io.brandcloud.shared.PlainText;
import io.brandcloud.support.discord.domain.DiscordApi;
import io.brandcloud.support.discord.domain.DiscordException;
import io.brandcloud.support.discord.domain.DiscordWire;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Discord's API over {@code java.net.http}, at {@code BRANDCLOUD_DISCORD_API} (Discord's own v10
 * address unless an operator points elsewhere, as the tests do). Tokens only travel in the path or
 * the header they belong to and are never put into a message.
 */
@ApplicationScoped
public class DiscordHttpApi implements DiscordApi {

  static final String VARIABLE = "BRANDCLOUD_DISCORD_API";
  private static final String DEFAULT_BASE = "https://discord.com/api/v10";
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
  private static final Duration DEFAULT_RETRY = Duration.ofSeconds(30);
  private static final int MAX_MESSAGE = 300;
  // Discord asks for this form of User-Agent from every application
  private static final String USER_AGENT = "DiscordBot (https://brandcloud.io, 1)";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  // Discord's own codes for Unknown Webhook and Invalid Webhook Token; a proxy's 404 is not one
  private static final java.util.regex.Pattern WEBHOOK_GONE =
      java.util.regex.Pattern.compile("\"code\"\\s*:\\s*(10015|50027)\\b");

  private final String base;

  public DiscordHttpApi() {
    this(
        Optional.ofNullable(System.getenv(VARIABLE))
            .filter(v -> !v.isBlank())
            .orElse(DEFAULT_BASE));
  }

  DiscordHttpApi(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  @Override
  public void post(String webhookId, String webhookToken, String content) {
    HttpResponse<String> response =
        send(
            request("/webhooks/" + webhookId + "/" + webhookToken + "?wait=true")
                .POST(BodyPublishers.ofString(DiscordWire.webhookMessage(content).toString())),
            "posting to the channel");
    int status = response.statusCode();
    if ((status == 401 || status == 403 || status == 404)
        && WEBHOOK_GONE.matcher(response.body()).find()) {
      throw DiscordException.webhookGone(refusal(response, "posting to the channel"));
    }
    check(response, "posting to the channel");
  }

  @Override
  public void registerCommands(String applicationId, String botToken) {
    check(
        send(
            request("/applications/" + applicationId + "/commands")
                .header("Authorization", "Bot " + botToken)
                .PUT(BodyPublishers.ofString(DiscordWire.commands().toString())),
            "registering the commands"),
        "registering the commands");
  }

  /**
   * A request to {@code path}; the path holds a token, so a malformed base is reported without it.
   */
  private HttpRequest.Builder request(String path) {
    try {
      return HttpRequest.newBuilder(URI.create(base + path));
    } catch (IllegalArgumentException e) {
      throw new DiscordException(
          "Discord's address is not a valid URL; check " + VARIABLE, false, null);
    }
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, String what) {
    try {
      return CLIENT.send(
          request
              .timeout(CALL_TIMEOUT)
              .header("Content-Type", "application/json")
              .header("User-Agent", USER_AGENT)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new DiscordException("Discord did not answer within 15 s " + what, true, null);
    } catch (IOException e) {
      throw new DiscordException(
          "Discord could not be reached " + what + ": " + e.getClass().getSimpleName(), true, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DiscordException("Interrupted " + what, true, null);
    }
  }

  private static void check(HttpResponse<String> response, String what) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return;
    }
    String message = refusal(response, what);
    if (status == 429) {
      throw new DiscordException(message, true, retryAfter(response).orElse(DEFAULT_RETRY));
    }
    throw new DiscordException(message, status >= 500 || status == 408, null);
  }

  private static String refusal(HttpResponse<String> response, String what) {
    String body = response.body() == null ? "" : response.body().strip();
    return "Discord answered "
        + response.statusCode()
        + " "
        + what
        + (body.isEmpty() ? "" : ": " + PlainText.cut(body, MAX_MESSAGE));
  }

  private static Optional<Duration> retryAfter(HttpResponse<String> response) {
    try {
      return response
          .headers()
          .firstValue("Retry-After")
          .map(
              v ->
                  Duration.ofMillis((long) (Math.min(Double.parseDouble(v.strip()), 3600) * 1000)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
