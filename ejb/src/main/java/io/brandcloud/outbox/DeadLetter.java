package io.brandcloud.outbox;

import java.time.Instant;

/** A message a handler gave up on, as staff see it before they retry it. */
public record DeadLetter(
    long id,
    String messageType,
    String handler,
    String payload,
    int attempts,
    String lastError,
    Instant createdAt) {}
