package io.brandcloud.web.faces.support;

import io.brandcloud.support.discord.application.DiscordSettings;
import io.brandcloud.support.discord.application.DiscordView;
import java.io.Serializable;

/**
 * The tenant's Discord as the set-up form types it; the webhook address and the bot token are
 * secrets, typed again to change them and never shown back.
 */
public class DiscordForm implements Serializable {

  private String applicationId;
  private String publicKey;
  private String webhookUrl;
  private String botToken;
  private boolean enabled = true;

  void show(DiscordView discord) {
    applicationId = discord.applicationId();
    publicKey = discord.publicKey();
    enabled = discord.enabled();
  }

  DiscordSettings settings() {
    return new DiscordSettings(applicationId, publicKey, webhookUrl, botToken, enabled);
  }

  void forgetSecrets() {
    webhookUrl = null;
    botToken = null;
  }

  void clear() {
    applicationId = null;
    publicKey = null;
  }

  public String getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(String applicationId) {
    this.applicationId = applicationId;
  }

  public String getPublicKey() {
    return publicKey;
  }

  public void setPublicKey(String publicKey) {
    this.publicKey = publicKey;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public void setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl;
  }

  public String getBotToken() {
    return botToken;
  }

  public void setBotToken(String botToken) {
    this.botToken = botToken;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
