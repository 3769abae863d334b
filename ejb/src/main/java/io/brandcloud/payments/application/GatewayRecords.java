package io.brandcloud.payments.application;

import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewayRepository;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.TenantSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A tenant's gateway accounts with their secrets opened for one call, or sealed to be stored. */
@ApplicationScoped
public class GatewayRecords {

  @Inject GatewayRepository gateways;

  /** An enabled gateway of the tenant; any other is "not found". */
  public GatewaySettings enabled(GatewayKind kind) {
    return gateways
        .find(kind)
        .filter(GatewaySettings::enabled)
        .orElseThrow(() -> BrandcloudException.notFound("The payment method " + kind.wireName()));
  }

  public java.util.Optional<GatewaySettings> find(GatewayKind kind) {
    return gateways.find(kind);
  }

  /** A gateway of the tenant's, enabled or not (a payment made there is still followed up). */
  public GatewaySettings byId(long id) {
    return gateways.find(id).orElseThrow(() -> BrandcloudException.notFound("Gateway " + id));
  }

  public GatewayAccount account(GatewaySettings settings) {
    return new GatewayAccount(
        settings.kind(),
        settings.live(),
        settings.apiUrl(),
        settings.publicId(),
        open(settings.sealedSecret(), settings.kind(), "secret"),
        open(settings.sealedWebhookSecret(), settings.kind(), "webhook"),
        settings.webhookId());
  }

  public byte[] seal(String secret, GatewayKind kind, String purpose) {
    return TenantSecrets.seal(secret, purposeOf(kind, purpose));
  }

  private static String open(byte[] sealed, GatewayKind kind, String purpose) {
    return TenantSecrets.open(sealed, purposeOf(kind, purpose));
  }

  private static String purposeOf(GatewayKind kind, String purpose) {
    return "payment-gateway:" + kind + ":" + purpose;
  }
}
