package io.brandcloud.platform.domain;

import java.io.Serializable;
import java.time.Instant;

/** A named link that lets its holder in while maintenance is on; only its digest is kept. */
public record MaintenanceBypass(
    long id, Long tenantId, String name, Instant expiresAt, String createdBy, Instant createdAt)
    implements Serializable {}
