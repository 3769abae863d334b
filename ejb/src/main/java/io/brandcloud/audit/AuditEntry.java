package io.brandcloud.audit;

import java.time.Instant;

/** One recorded action: who did what to which target, when and from where. */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actor,
    String action,
    String target,
    String details,
    String ip) {}
