package io.brandcloud.provisioning.providers.domain;

import io.brandcloud.shared.Money;

/**
 * A size the provider sells, with what it costs the reseller per month, or a null cost where the
 * provider lists no price (VirtFusion: the reseller's own hardware), and the outbound transfer a
 * month includes in GB (null where the provider says none; 0 where it is unmetered).
 */
public record ProviderPlan(
    String code,
    String description,
    int vcpus,
    int memoryMb,
    int diskGb,
    Money monthlyCost,
    Integer transferGb) {}
