package io.brandcloud.payments.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayException;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewayRepository;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Failures;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Tenant admins connect their own gateway accounts (the reseller is the merchant): keys and webhook
 * secrets are sealed and never shown again, what customers may pay is bounded, and "test
 * connection" asks the gateway with the stored keys.
 */
@Stateless
public class GatewaySetup {

  private static final BigDecimal DEFAULT_MIN = new BigDecimal("5");
  private static final BigDecimal DEFAULT_MAX = new BigDecimal("1000");

  @Inject GatewayRepository gateways;
  @Inject GatewayRecords records;
  @Inject GatewayClients clients;
  @EJB GatewaySetup self;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public List<GatewaySettings> all() {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return gateways.all();
  }

  public GatewaySettings one(GatewayKind kind) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return gateways
        .find(kind)
        .orElseThrow(() -> BrandcloudException.notFound("The " + kind.displayName() + " account"));
  }

  /** Adds or changes the tenant's account at the gateway. */
  public GatewaySettings configure(GatewayKind kind, GatewayChange change) {
    String actor = CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE).name();
    Optional<GatewaySettings> before = gateways.find(kind);
    Currency currency = CurrentTenant.require().currency();
    boolean live = Boolean.TRUE.equals(change.live()) && kind != GatewayKind.TEST;
    BigDecimal min =
        change.minAmount() == null
            ? before.map(GatewaySettings::minAmount).orElse(DEFAULT_MIN)
            : GatewayInput.bound("minAmount", change.minAmount(), currency);
    BigDecimal max =
        change.maxAmount() == null
            ? before.map(GatewaySettings::maxAmount).orElse(DEFAULT_MAX)
            : GatewayInput.bound("maxAmount", change.maxAmount(), currency);
    if (max.compareTo(min) < 0) {
      throw BrandcloudException.invalid("maxAmount", "maxAmount is at least minAmount");
    }
    List<BigDecimal> presets =
        change.presets() == null
            ? before.map(GatewaySettings::presets).orElse(List.of())
            : GatewayInput.presets(change.presets(), min, max, currency);
    GatewaySettings settings =
        new GatewaySettings(
            0,
            kind,
            live,
            GatewayInput.apiUrl(kind, change.apiUrl()),
            publicId(kind, change, before),
            sealedSecret(kind, live, change, before),
            sealedWebhookSecret(kind, change, before),
            webhookId(kind, change, before),
            change.enabled() == null
                ? before.map(GatewaySettings::enabled).orElse(true)
                : change.enabled(),
            min,
            max,
            presets.stream().filter(p -> p.compareTo(min) >= 0 && p.compareTo(max) <= 0).toList(),
            null,
            null);
    long id = gateways.save(settings, clock.now());
    audit.record(
        actor,
        "payment.gateway_configured",
        kind.wireName(),
        (settings.enabled() ? "enabled" : "disabled") + (live ? ", live" : ", sandbox"));
    return gateways.find(id).orElseThrow();
  }

  /**
   * Asks the gateway whether the stored keys work, with no transaction open; the answer is kept and
   * shown.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public GatewaySettings check(GatewayKind kind) {
    GatewaySettings settings = self.one(kind);
    String error = null;
    try {
      clients.of(kind).check(self.account(kind));
    } catch (GatewayException e) {
      error = e.getMessage();
    } catch (RuntimeException e) {
      error = Failures.describe(e);
    }
    return self.checked(settings.id(), error);
  }

  /** The account with its secrets opened, for one call. */
  public GatewayAccount account(GatewayKind kind) {
    CurrentCaller.requireStaff(StaffPermission.SETTINGS_MANAGE);
    return records.account(one(kind));
  }

  public GatewaySettings checked(long id, String error) {
    gateways.checked(id, clock.now(), error);
    return gateways.find(id).orElseThrow();
  }

  private static String publicId(
      GatewayKind kind, GatewayChange change, Optional<GatewaySettings> before) {
    if (kind != GatewayKind.PAYPAL) {
      return null;
    }
    return change.publicId() == null && before.isPresent()
        ? before.get().publicId()
        : GatewayInput.paypalClientId(change.publicId());
  }

  private static String webhookId(
      GatewayKind kind, GatewayChange change, Optional<GatewaySettings> before) {
    if (kind != GatewayKind.PAYPAL) {
      return null;
    }
    return change.webhookId() == null && before.isPresent()
        ? before.get().webhookId()
        : GatewayInput.paypalWebhookId(change.webhookId());
  }

  private byte[] sealedSecret(
      GatewayKind kind, boolean live, GatewayChange change, Optional<GatewaySettings> before) {
    if (kind == GatewayKind.TEST) {
      return null;
    }
    if (blank(change.secret()) && before.isPresent() && before.get().sealedSecret() != null) {
      if (before.get().live() != live) {
        throw BrandcloudException.invalid(
            "secret", "Switching between live and sandbox needs that mode's secret");
      }
      return before.get().sealedSecret();
    }
    return records.seal(GatewayInput.secret(kind, live, change.secret()), kind, "secret");
  }

  /** The test gateway signs with a secret of its own making unless staff set one. */
  private byte[] sealedWebhookSecret(
      GatewayKind kind, GatewayChange change, Optional<GatewaySettings> before) {
    if (kind == GatewayKind.PAYPAL) {
      return null;
    }
    if (blank(change.webhookSecret())) {
      if (before.isPresent() && before.get().sealedWebhookSecret() != null) {
        return before.get().sealedWebhookSecret();
      }
      if (kind == GatewayKind.TEST) {
        return records.seal("tgsec_" + SecretTokens.random(), kind, "webhook");
      }
    }
    return records.seal(GatewayInput.webhookSecret(kind, change.webhookSecret()), kind, "webhook");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
