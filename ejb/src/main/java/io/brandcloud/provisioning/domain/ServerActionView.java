package io.brandcloud.provisioning.domain;

import java.time.Instant;

/** One action at a server's provider: what, who asked and why, and how it went. */
public record ServerActionView(
    long id,
    String action,
    String status,
    String requestedBy,
    String reason,
    int attempts,
    String lastError,
    Instant requestedAt,
    Instant finishedAt) {}
