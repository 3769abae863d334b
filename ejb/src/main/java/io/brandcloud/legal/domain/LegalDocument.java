package io.brandcloud.legal.domain;

import java.time.Instant;

/**
 * One published version of a legal page, kept as it was published: an acceptance names exactly the
 * wording a customer agreed to.
 *
 * @param body the Markdown staff wrote
 */
public record LegalDocument(
    long id,
    LegalKind kind,
    int version,
    String title,
    String body,
    String publishedBy,
    Instant publishedAt) {}
