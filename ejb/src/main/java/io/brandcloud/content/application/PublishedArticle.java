package io.brandcloud.content.application;

import io.brandcloud.content.domain.Article;
import io.brandcloud.content.domain.PageRendering;
import java.io.Serializable;
import java.time.Instant;

/**
 * A published page as anyone reads it: a short excerpt of its text and, where it is read in full,
 * its HTML (sanitised, safe to place in a page).
 */
public record PublishedArticle(
    long id,
    String kind,
    String title,
    String slug,
    Long categoryId,
    String excerpt,
    String html,
    Instant publishedAt,
    Instant updatedAt)
    implements Serializable {

  static final int EXCERPT_LENGTH = 240;

  static PublishedArticle of(Article article, PageRendering rendering, boolean withHtml) {
    return new PublishedArticle(
        article.id(),
        article.kind().wireName(),
        article.title(),
        article.slug(),
        article.categoryId().orElse(null),
        rendering.excerpt(article.body(), EXCERPT_LENGTH),
        withHtml ? rendering.html(article.body()) : null,
        article.publishedAt().orElseThrow(),
        article.updatedAt());
  }
}
