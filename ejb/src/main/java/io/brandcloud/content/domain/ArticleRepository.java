package io.brandcloud.content.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The current tenant's pages. */
public interface ArticleRepository {

  /** Stores a new page now; a slug another page took meanwhile is a conflict. */
  void add(Article article);

  /** Writes the pages' changes now; a slug another page took meanwhile is a conflict. */
  void saveChanges();

  Optional<Article> find(long articleId);

  void remove(Article article);

  boolean slugTaken(ArticleKind kind, String slug, Long exceptArticleId);

  /** Drafts and published pages, those changed last first; null kind or state: any. */
  Page<Article> all(ArticleKind kind, Boolean published, PageRequest page);

  Optional<Article> published(ArticleKind kind, String slug);

  /**
   * Published pages of a kind: posts and announcements newest first, the others by title; a
   * category narrows the knowledge base and the FAQ.
   */
  Page<Article> published(ArticleKind kind, Long categoryId, PageRequest page);

  /** The kinds of which something is published, for the public menu. */
  Set<ArticleKind> publishedKinds();

  /** Published announcements the user has not dismissed, newest first. */
  List<Article> announcementsFor(long userId, int limit);

  /** Records that the user dismissed the announcement; dismissing twice changes nothing. */
  void dismiss(long articleId, long userId, Instant now);
}
