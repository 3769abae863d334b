package io.brandcloud.settings;

import java.time.Instant;

/** A tenant's own wording of one portal text in one language. */
public record TextOverride(
    String key, String language, String text, Instant updatedAt, String updatedBy) {}
