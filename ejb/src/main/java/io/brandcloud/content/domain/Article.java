package io.brandcloud.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A page a tenant writes in Markdown: a draft until staff publish it, and back to a draft when they
 * take it down. Its kind never changes; its slug names it in its kind's addresses.
 */
@Entity
@Table(name = "content_articles")
public class Article {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private ArticleKind kind;

  @Column(name = "category_id")
  private Long categoryId;

  @Column(nullable = false)
  private String slug;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "author_name", nullable = false)
  private String authorName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Article() {}

  public Article(ArticleKind kind, ArticleText text, String authorName, Instant now) {
    this.kind = kind;
    this.authorName = authorName;
    this.createdAt = now;
    rewrite(text, now);
  }

  public void rewrite(ArticleText text, Instant now) {
    this.slug = text.slug();
    this.title = text.title();
    this.body = text.body();
    this.categoryId = kind.hasCategory() ? text.categoryId() : null;
    this.updatedAt = now;
  }

  /** Publishes a draft; a published page keeps the time it first went out. */
  public void publish(Instant now) {
    if (publishedAt == null) {
      publishedAt = now;
      updatedAt = now;
    }
  }

  public void unpublish(Instant now) {
    if (publishedAt != null) {
      publishedAt = null;
      updatedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public ArticleKind kind() {
    return kind;
  }

  public Optional<Long> categoryId() {
    return Optional.ofNullable(categoryId);
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public boolean published() {
    return publishedAt != null;
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public String authorName() {
    return authorName;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
