package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.vat.domain.TaxIdCheck;
import io.brandcloud.billing.vat.domain.TaxIdStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * What VIES said of an organisation's EU VAT number: {@code pending} (tax is charged until it
 * answers), {@code valid} (reverse charge may apply) or {@code invalid}, with the register's
 * consultation number as proof, and while it waits, why VIES could not answer the last time.
 */
public record ApiTaxIdCheck(
    String status,
    String vatNumber,
    Instant requestedAt,
    Integer attempts,
    Instant checkedAt,
    String consultationNumber,
    String registeredName,
    String registeredAddress,
    String lastError) {

  static ApiTaxIdCheck of(TaxIdStatus status, Optional<TaxIdCheck> check) {
    return check
        .map(
            c ->
                new ApiTaxIdCheck(
                    status.wireName(),
                    c.number().toString(),
                    c.requestedAt(),
                    c.attempts(),
                    c.answeredAt(),
                    c.consultationNumber(),
                    c.registeredName(),
                    c.registeredAddress(),
                    c.lastError()))
        .orElse(
            new ApiTaxIdCheck(status.wireName(), null, null, null, null, null, null, null, null));
  }
}
