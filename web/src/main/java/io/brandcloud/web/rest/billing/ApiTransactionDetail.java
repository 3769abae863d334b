package io.brandcloud.web.rest.billing;

import io.brandcloud.web.rest.ApiMoney;
import java.time.Instant;

/** A ledger row with who booked it. */
public record ApiTransactionDetail(
    long id,
    String type,
    ApiMoney amount,
    String description,
    String createdBy,
    Instant createdAt,
    ApiUsage usage) {}
