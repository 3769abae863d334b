package io.brandcloud.provisioning.servers.domain;

import java.time.Instant;

/** Command: delete the servers suspended for debt before the cutoff (the tenant's retention). */
public record DeleteServersSuspendedBefore(Instant cutoff) {}
