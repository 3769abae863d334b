package io.brandcloud.content.application;

import io.brandcloud.content.domain.Article;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.content.domain.ArticleRepository;
import io.brandcloud.content.domain.CategoryRepository;
import io.brandcloud.content.domain.PageRendering;
import io.brandcloud.content.domain.PublishedPages;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.Validation;
import io.brandcloud.shared.search.SearchHit;
import io.brandcloud.shared.search.SearchQuery;
import io.brandcloud.shared.search.SearchResults;
import io.brandcloud.shared.search.TenantSearchIndexes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What anyone may read of a tenant's pages: published ones only, listed, opened and searched. */
@Stateless
public class PublicContent {

  /** What the public search looks through: announcements are for logged-in customers. */
  public static final Set<ArticleKind> SEARCHED =
      EnumSet.of(ArticleKind.DOC, ArticleKind.FAQ, ArticleKind.BLOG);

  private static final int QUERY_LENGTH = 200;

  @Inject ArticleRepository articles;
  @Inject CategoryRepository categories;
  @Inject PageRendering rendering;
  @Inject PublishedPages pages;
  @Inject TenantSearchIndexes indexes;

  /** The kinds of which something is published, for the menu. */
  public Set<ArticleKind> kinds() {
    return articles.publishedKinds();
  }

  /**
   * @param categorySlug narrows the knowledge base and the FAQ; null for every category
   */
  public Page<PublishedArticle> list(ArticleKind kind, String categorySlug, PageRequest page) {
    Long categoryId = null;
    if (categorySlug != null && !categorySlug.isBlank() && kind.hasCategory()) {
      categoryId =
          categories
              .bySlug(categorySlug.strip())
              .orElseThrow(() -> BrandcloudException.notFound("Category " + categorySlug))
              .id();
    }
    return articles.published(kind, categoryId, page).map(this::summary);
  }

  public PublishedArticle read(ArticleKind kind, String slug) {
    Article article =
        articles
            .published(kind, slug == null ? "" : slug.strip())
            .orElseThrow(() -> BrandcloudException.notFound("Page " + slug));
    return PublishedArticle.of(article, rendering, true);
  }

  /**
   * Published pages holding the words, best first.
   *
   * @param kinds which kinds to look through; empty for the knowledge base, FAQ and blog
   */
  public Page<FoundArticle> search(String words, Set<ArticleKind> kinds, PageRequest page) {
    String query = Validation.requireText("q", words, QUERY_LENGTH);
    Set<ArticleKind> wanted = kinds.isEmpty() ? SEARCHED : kinds;
    SearchResults results =
        indexes.search(
            pages,
            SearchQuery.words(query)
                .onlyTypes(wanted.stream().map(Enum::name).collect(Collectors.toSet())),
            page.offset(),
            page.limit());
    return new Page<>(
        results.hits().stream().map(PublicContent::found).toList(), results.total(), page);
  }

  static FoundArticle found(SearchHit hit) {
    String category = hit.stored(PublishedPages.CATEGORY);
    return new FoundArticle(
        Long.parseLong(hit.key()),
        ArticleKind.valueOf(hit.type()).wireName(),
        hit.title(),
        hit.stored(PublishedPages.SLUG),
        category == null ? null : Long.valueOf(category),
        hit.stored(PublishedPages.EXCERPT),
        Instant.parse(hit.stored(PublishedPages.PUBLISHED_AT)),
        hit.score());
  }

  /** A page in a list; FAQ entries and announcements are read in the list, so theirs has HTML. */
  private PublishedArticle summary(Article article) {
    return PublishedArticle.of(
        article,
        rendering,
        article.kind() == ArticleKind.FAQ || article.kind() == ArticleKind.ANNOUNCEMENT);
  }
}
