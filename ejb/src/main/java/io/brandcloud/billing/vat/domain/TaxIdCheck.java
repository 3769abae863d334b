package io.brandcloud.billing.vat.domain;

import java.time.Instant;

/**
 * The latest check of an organisation's tax id, kept as proof: what was asked, when, and what the
 * register answered.
 *
 * @param requestedAt when the tax id was entered (or the check asked for)
 * @param answeredAt when the register answered, null while pending
 * @param consultationNumber the register's request identifier, null without one
 * @param lastError why the register could not answer the last time it was asked, null otherwise
 */
public record TaxIdCheck(
    long id,
    String taxId,
    VatNumber number,
    TaxIdStatus status,
    Instant requestedAt,
    int attempts,
    Instant answeredAt,
    String consultationNumber,
    String registeredName,
    String registeredAddress,
    String lastError) {}
