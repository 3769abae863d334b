package io.brandcloud.content.application;

import io.brandcloud.content.domain.Article;
import java.io.Serializable;
import java.time.Instant;

/** A page as staff see it, draft or published, with its Markdown. */
public record ArticleView(
    long id,
    String kind,
    String title,
    String slug,
    String body,
    Long categoryId,
    boolean published,
    Instant publishedAt,
    String authorName,
    Instant createdAt,
    Instant updatedAt)
    implements Serializable {

  static ArticleView of(Article article) {
    return new ArticleView(
        article.id(),
        article.kind().wireName(),
        article.title(),
        article.slug(),
        article.body(),
        article.categoryId().orElse(null),
        article.published(),
        article.publishedAt().orElse(null),
        article.authorName(),
        article.createdAt(),
        article.updatedAt());
  }
}
