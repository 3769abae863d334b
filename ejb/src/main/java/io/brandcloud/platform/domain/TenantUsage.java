package io.brandcloud.platform.domain;

import java.math.BigDecimal;

/**
 * What one tenant's hourly charging runs charged this month and last month (in its currency), and
 * how many servers its latest run charged.
 */
public record TenantUsage(
    long tenantId, BigDecimal thisMonth, BigDecimal lastMonth, long runningServers) {}
