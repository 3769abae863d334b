package io.brandcloud.web.faces.admin;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.payments.application.GatewayChange;
import io.brandcloud.payments.application.GatewaySetup;
import io.brandcloud.payments.application.PaymentHistory;
import io.brandcloud.payments.application.Refunds;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository.Dispute;
import io.brandcloud.payments.domain.PaymentRepository.Refund;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Staff's payments page: the tenant's gateway accounts (admins connect and test them; secrets are
 * written, never shown), every payment with refunds to the card (billing staff, confirmed first),
 * and disputes, open ones first.
 */
@Named
@ViewScoped
public class PaymentsAdminBacking implements Serializable {

  @EJB GatewaySetup setup;
  @EJB PaymentHistory history;
  @EJB Refunds refunds;
  @Inject CurrentUser user;
  @Inject Branding branding;
  @Inject Texts texts;

  private final PagedModel<Payment> payments =
      new PagedModel<>(request -> history.all(request), p -> Long.toString(p.id()));
  private final PagedModel<Dispute> disputes =
      new PagedModel<>(request -> history.disputes(request), d -> Long.toString(d.id()));
  private final PagedModel<Refund> refundPages =
      new PagedModel<>(request -> history.refunds(request), r -> Long.toString(r.id()));

  private transient List<GatewaySettings> gateways;
  private String editing = GatewayKind.TEST.wireName();
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

  private Long refundOf;
  private BigDecimal refundAmount;
  private String refundReason;

  /** The form starts with the first connected gateway, or the test gateway. */
  @PostConstruct
  void startEditing() {
    if (isAdmin()) {
      edit(getGateways().isEmpty() ? editing : getGateways().get(0).kind().wireName());
    }
  }

  public boolean isAdmin() {
    return user.staffMay(StaffPermission.SETTINGS_MANAGE.name());
  }

  public boolean isRefunder() {
    return user.staffMay(StaffPermission.WALLETS_MANAGE.name());
  }

  public List<GatewaySettings> getGateways() {
    if (gateways == null) {
      gateways = isAdmin() ? setup.all() : List.of();
    }
    return gateways;
  }

  public List<String> getKinds() {
    return Arrays.stream(GatewayKind.values()).map(GatewayKind::wireName).toList();
  }

  /** Fills the form with the account of {@code kind}, secrets left empty (they are kept). */
  public void edit(String kind) {
    editing = kind;
    Optional<GatewaySettings> current =
        getGateways().stream().filter(g -> g.kind().wireName().equals(kind)).findFirst();
    enabled = current.map(GatewaySettings::enabled).orElse(true);
    live = current.map(GatewaySettings::live).orElse(false);
    apiUrl = current.map(GatewaySettings::apiUrl).orElse(null);
    publicId = current.map(GatewaySettings::publicId).orElse(null);
    webhookId = current.map(GatewaySettings::webhookId).orElse(null);
    minAmount = current.map(GatewaySettings::minAmount).orElse(null);
    maxAmount = current.map(GatewaySettings::maxAmount).orElse(null);
    presets =
        current
            .map(
                g ->
                    g.presets().stream()
                        .map(BigDecimal::toPlainString)
                        .collect(Collectors.joining(", ")))
            .orElse(null);
    secret = null;
    webhookSecret = null;
  }

  public void save() {
    GatewayKind kind = GatewayKind.parse(editing);
    if (FacesActions.attempt(
        () ->
            setup.configure(
                kind,
                new GatewayChange(
                    live,
                    apiUrl,
                    publicId,
                    secret,
                    webhookSecret,
                    webhookId,
                    enabled,
                    minAmount,
                    maxAmount,
                    presetList())),
        texts.format("admin.payments.saved", kind.displayName()))) {
      gateways = null;
      secret = null;
      webhookSecret = null;
    }
  }

  /** The presets as typed ("10, 25, 50"); a word that is no number is refused with the form. */
  private List<BigDecimal> presetList() {
    if (presets == null || presets.isBlank()) {
      return List.of();
    }
    try {
      return Arrays.stream(presets.split("[,;\\s]+"))
          .filter(p -> !p.isBlank())
          .map(BigDecimal::new)
          .toList();
    } catch (NumberFormatException e) {
      throw io.brandcloud.shared.BrandcloudException.invalid(
          "presets", texts.get("admin.payments.presetsInvalid"));
    }
  }

  public void check(String kind) {
    GatewaySettings checked = setup.check(GatewayKind.parse(kind));
    if (checked.checkError() == null) {
      FacesActions.info(texts.format("admin.payments.works", checked.kind().displayName()));
    } else {
      FacesActions.error(
          texts.format(
              "admin.payments.broken", checked.kind().displayName(), checked.checkError()));
    }
    gateways = null;
  }

  public void startRefund(Payment payment) {
    refundOf = payment.id();
    refundAmount = payment.refundable();
    refundReason = null;
  }

  public void refund() {
    if (refundOf != null
        && FacesActions.attempt(
            () -> refunds.request(refundOf, refundAmount, refundReason),
            texts.format("admin.payments.refundAsked", refundOf))) {
      refundOf = null;
    }
  }

  public String webhookUrl(String kind) {
    return branding.absoluteBase() + "/api/v1/webhooks/" + kind;
  }

  public Money money(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  public PagedModel<Payment> getPayments() {
    return payments;
  }

  public PagedModel<Dispute> getDisputes() {
    return disputes;
  }

  public PagedModel<Refund> getRefunds() {
    return refundPages;
  }

  public String getEditing() {
    return editing;
  }

  public void setEditing(String editing) {
    this.editing = editing;
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

  public Long getRefundOf() {
    return refundOf;
  }

  public BigDecimal getRefundAmount() {
    return refundAmount;
  }

  public void setRefundAmount(BigDecimal refundAmount) {
    this.refundAmount = refundAmount;
  }

  public String getRefundReason() {
    return refundReason;
  }

  public void setRefundReason(String refundReason) {
    this.refundReason = refundReason;
  }
}
