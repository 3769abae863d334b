package io.brandcloud.support.discord.application;

/** What the Discord channel's sealed tokens are sealed for. */
final class DiscordRecords {

  static final String WEBHOOK_PURPOSE = "discord-webhook";
  static final String BOT_PURPOSE = "discord-bot";

  private DiscordRecords() {}
}
