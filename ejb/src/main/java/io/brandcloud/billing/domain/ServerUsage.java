package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;

/** One server's charged hours in an invoice period, unrounded. */
public record ServerUsage(
    long serverId, String hostname, String planName, int hours, Money amount) {}
