package io.brandcloud.web.rest.content;

import io.brandcloud.content.application.FoundArticle;
import io.brandcloud.content.application.PublishedArticle;
import io.brandcloud.content.domain.ArticleKind;
import java.time.Instant;

/**
 * A published page on the wire, with its address in the portal; {@code html} (sanitised) where it
 * is read in full, {@code score} where a search found it.
 */
public record ApiArticle(
    long id,
    String kind,
    String title,
    String slug,
    Long categoryId,
    String url,
    String excerpt,
    String html,
    Instant publishedAt,
    Instant updatedAt,
    Float score) {

  static ApiArticle of(PublishedArticle a, String portal) {
    return new ApiArticle(
        a.id(),
        a.kind(),
        a.title(),
        a.slug(),
        a.categoryId(),
        url(portal, a.kind(), a.slug()),
        a.excerpt(),
        a.html(),
        a.publishedAt(),
        a.updatedAt(),
        null);
  }

  static ApiArticle of(FoundArticle a, String portal) {
    return new ApiArticle(
        a.id(),
        a.kind(),
        a.title(),
        a.slug(),
        a.categoryId(),
        url(portal, a.kind(), a.slug()),
        a.excerpt(),
        null,
        a.publishedAt(),
        null,
        a.score());
  }

  private static String url(String portal, String kind, String slug) {
    return portal + ArticleKind.parse("kind", kind).path(slug);
  }
}
