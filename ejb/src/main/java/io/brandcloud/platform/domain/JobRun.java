package io.brandcloud.platform.domain;

import java.time.Instant;

/** A job execution as operators see it. */
public record JobRun(
    long executionId, String job, String status, Instant startedAt, Instant endedAt) {}
