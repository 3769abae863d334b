package io.brandcloud.mail;

import java.time.Instant;

/** A mail in the outbox as admins see it. */
public record OutboxMail(
    long id,
    String recipient,
    String subject,
    String body,
    String status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt) {}
