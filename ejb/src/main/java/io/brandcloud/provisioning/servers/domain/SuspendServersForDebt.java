package io.brandcloud.provisioning.servers.domain;

/** Command: the organisation stayed in debt past its grace period; suspend its running servers. */
public record SuspendServersForDebt(long organisationId) {}
