package io.brandcloud.support.discord.application;

/**
 * What an admin sets to connect a Discord channel; a null webhook URL or bot token keeps the one
 * there is.
 *
 * @param webhookUrl the channel's webhook, as Discord shows it under Integrations, Webhooks
 * @param botToken the application's bot token, needed only to register the {@code /reply} command
 */
public record DiscordSettings(
    String applicationId, String publicKey, String webhookUrl, String botToken, Boolean enabled) {

  @Override
  public String toString() {
    return "DiscordSettings[application " + applicationId + ", enabled " + enabled + "]";
  }
}
