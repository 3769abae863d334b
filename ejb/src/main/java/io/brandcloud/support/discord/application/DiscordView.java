package io.brandcloud.support.discord.application;

import io.brandcloud.support.discord.domain.DiscordChannel;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The Discord channel as admins see it: never a token. */
public record DiscordView(
    String applicationId,
    String publicKey,
    String webhookId,
    boolean botToken,
    boolean enabled,
    Instant commandsRegisteredAt,
    String postError,
    List<StaffLinkView> staff)
    implements Serializable {

  /** A Discord account that answers as a staff member. */
  public record StaffLinkView(
      String discordUserId, long staffId, String staffName, Instant linkedAt)
      implements Serializable {}

  static DiscordView of(DiscordChannel channel, List<StaffLinkView> staff) {
    return new DiscordView(
        channel.application().id(),
        channel.application().publicKey(),
        channel.webhook().id(),
        channel.botTokenSealed().isPresent(),
        channel.enabled(),
        channel.commandsRegisteredAt().orElse(null),
        channel.postError().orElse(null),
        staff);
  }
}
