package io.brandcloud.it;

/** A message only the outbox tests publish. */
public record OutboxProbe(String key) {}
