package io.brandcloud.fraud.domain;

import java.io.Serializable;
import java.time.Instant;

/** A block-list entry: what it matches, why, and who added it when. */
public record Block(
    long id, BlockKind kind, String value, String reason, String createdBy, Instant createdAt)
    implements Serializable {}
