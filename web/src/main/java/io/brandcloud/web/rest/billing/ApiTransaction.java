package io.brandcloud.web.rest.billing;

import io.brandcloud.web.rest.ApiMoney;
import java.time.Instant;

/** A ledger row. */
public record ApiTransaction(
    long id, String type, ApiMoney amount, String description, Instant createdAt, ApiUsage usage) {}
