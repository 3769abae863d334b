package io.brandcloud.payments.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * What staff set for a gateway account. A secret left out keeps the one stored (secrets are never
 * shown again); {@code apiUrl} is for a sandbox or proxy in front of the vendor, left out for the
 * vendor's own.
 */
public record GatewayChange(
    Boolean live,
    String apiUrl,
    String publicId,
    String secret,
    String webhookSecret,
    String webhookId,
    Boolean enabled,
    BigDecimal minAmount,
    BigDecimal maxAmount,
    List<BigDecimal> presets) {}
