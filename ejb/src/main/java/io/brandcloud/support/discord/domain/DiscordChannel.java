package io.brandcloud.support.discord.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * The tenant's Discord channel: new tickets and answers are posted to it through its webhook, and
 * staff answer from it with the {@code /reply} command of the tenant's Discord application, whose
 * interactions are signed with the application's public key. One per tenant; the tokens are kept
 * sealed.
 */
@Entity
@Table(name = "support_discord")
public class DiscordChannel {

  @Id private short id = 1;

  @Column(name = "application_id", nullable = false)
  private String applicationId;

  @Column(name = "public_key", nullable = false)
  private String publicKey;

  @Column(name = "webhook_id", nullable = false)
  private String webhookId;

  @Column(name = "webhook_token_sealed", nullable = false)
  private byte[] webhookTokenSealed;

  @Column(name = "bot_token_sealed")
  private byte[] botTokenSealed;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "commands_registered_at")
  private Instant commandsRegisteredAt;

  @Column(name = "post_error")
  private String postError;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected DiscordChannel() {}

  public DiscordChannel(
      DiscordApplication application,
      SealedWebhook webhook,
      byte[] botTokenSealed,
      boolean enabled,
      Instant now) {
    change(application, webhook, botTokenSealed, enabled, now);
  }

  /** New settings; a null webhook or bot token keeps the one there is. */
  public void change(
      DiscordApplication application,
      SealedWebhook webhook,
      byte[] newBotTokenSealed,
      boolean on,
      Instant now) {
    if (!application.id().equals(applicationId)) {
      this.commandsRegisteredAt = null;
    }
    this.applicationId = application.id();
    this.publicKey = application.publicKey();
    if (webhook != null) {
      this.webhookId = webhook.id();
      this.webhookTokenSealed = webhook.tokenSealed();
    }
    if (newBotTokenSealed != null) {
      this.botTokenSealed = newBotTokenSealed;
    }
    this.enabled = on;
    this.postError = null;
    this.updatedAt = now;
  }

  public void commandsRegistered(Instant at) {
    this.commandsRegisteredAt = at;
  }

  public DiscordApplication application() {
    return new DiscordApplication(applicationId, publicKey);
  }

  public SealedWebhook webhook() {
    return new SealedWebhook(webhookId, webhookTokenSealed);
  }

  public Optional<byte[]> botTokenSealed() {
    return Optional.ofNullable(botTokenSealed);
  }

  public boolean enabled() {
    return enabled;
  }

  public Optional<Instant> commandsRegisteredAt() {
    return Optional.ofNullable(commandsRegisteredAt);
  }

  public Optional<String> postError() {
    return Optional.ofNullable(postError);
  }

  /** A channel webhook as Discord gives it, its token sealed. */
  public record SealedWebhook(String id, byte[] tokenSealed) {}
}
