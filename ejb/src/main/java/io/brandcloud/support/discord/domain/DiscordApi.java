package io.brandcloud.support.discord.domain;

/** Discord's HTTP API, as far as the support desk uses it. */
public interface DiscordApi {

  /** Posts {@code content} to the channel of the webhook. */
  void post(String webhookId, String webhookToken, String content);

  /** Registers the application's commands ({@link DiscordWire#commands}) with the bot's token. */
  void registerCommands(String applicationId, String botToken);
}
