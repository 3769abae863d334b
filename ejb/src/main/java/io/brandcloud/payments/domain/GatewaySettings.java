package io.brandcloud.payments.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A tenant's account at one gateway as stored: the secrets sealed, what customers may pay (bounds
 * and presets), and the last check.
 */
public record GatewaySettings(
    long id,
    GatewayKind kind,
    boolean live,
    String apiUrl,
    String publicId,
    byte[] sealedSecret,
    byte[] sealedWebhookSecret,
    String webhookId,
    boolean enabled,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    List<BigDecimal> presets,
    Instant checkedAt,
    String checkError)
    implements Serializable {}
