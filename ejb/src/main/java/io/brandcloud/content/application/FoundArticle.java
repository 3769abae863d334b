package io.brandcloud.content.application;

import java.io.Serializable;
import java.time.Instant;

/** A published page that matched a search, best first, with the start of its text. */
public record FoundArticle(
    long id,
    String kind,
    String title,
    String slug,
    Long categoryId,
    String excerpt,
    Instant publishedAt,
    float score)
    implements Serializable {}
