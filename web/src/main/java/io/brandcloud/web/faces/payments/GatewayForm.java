package io.brandcloud.web.faces.payments;

import io.brandcloud.payments.application.GatewayChange;
import io.brandcloud.payments.domain.GatewaySettings;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What staff type for one gateway account; its secrets start empty (kept unless typed again). */
public class GatewayForm implements Serializable {

  private boolean enabled = true;
  private boolean live;
  private String apiUrl;
  private String publicId;
  private String secret;
  private String webhookSecret;
  private String webhookId;
  private BigDecimal minAmount;
  private BigDecimal maxAmount;
  private String presets;

  static GatewayForm of(Optional<GatewaySettings> current) {
    GatewayForm form = new GatewayForm();
    form.enabled = current.map(GatewaySettings::enabled).orElse(true);
    form.live = current.map(GatewaySettings::live).orElse(false);
    form.apiUrl = current.map(GatewaySettings::apiUrl).orElse(null);
    form.publicId = current.map(GatewaySettings::publicId).orElse(null);
    form.webhookId = current.map(GatewaySettings::webhookId).orElse(null);
    form.minAmount = current.map(GatewaySettings::minAmount).orElse(null);
    form.maxAmount = current.map(GatewaySettings::maxAmount).orElse(null);
    form.presets =
        current
            .map(
                g ->
                    g.presets().stream()
                        .map(BigDecimal::toPlainString)
                        .collect(Collectors.joining(", ")))
            .orElse(null);
    return form;
  }

  GatewayChange change(List<BigDecimal> presetAmounts) {
    return new GatewayChange(
        live,
        apiUrl,
        publicId,
        secret,
        webhookSecret,
        webhookId,
        enabled,
        minAmount,
        maxAmount,
        presetAmounts);
  }

  void forgetSecrets() {
    secret = null;
    webhookSecret = null;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isLive() {
    return live;
  }

  public void setLive(boolean live) {
    this.live = live;
  }

  public String getApiUrl() {
    return apiUrl;
  }

  public void setApiUrl(String apiUrl) {
    this.apiUrl = apiUrl;
  }

  public String getPublicId() {
    return publicId;
  }

  public void setPublicId(String publicId) {
    this.publicId = publicId;
  }

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public String getWebhookSecret() {
    return webhookSecret;
  }

  public void setWebhookSecret(String webhookSecret) {
    this.webhookSecret = webhookSecret;
  }

  public String getWebhookId() {
    return webhookId;
  }

  public void setWebhookId(String webhookId) {
    this.webhookId = webhookId;
  }

  public BigDecimal getMinAmount() {
    return minAmount;
  }

  public void setMinAmount(BigDecimal minAmount) {
    this.minAmount = minAmount;
  }

  public BigDecimal getMaxAmount() {
    return maxAmount;
  }

  public void setMaxAmount(BigDecimal maxAmount) {
    this.maxAmount = maxAmount;
  }

  public String getPresets() {
    return presets;
  }

  public void setPresets(String presets) {
    this.presets = presets;
  }
}
