package io.brandcloud.content.application;

import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.content.domain.PublishedPages;
import io.brandcloud.shared.search.SearchQuery;
import io.brandcloud.shared.search.TenantSearchIndexes;
import io.brandcloud.support.suggestions.domain.KnowledgeBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/** Finds the published knowledge-base articles and FAQ entries a ticket is about. */
@ApplicationScoped
public class KnowledgeBaseForSupport implements KnowledgeBase {

  private static final Set<String> ANSWERING =
      Set.of(ArticleKind.DOC.name(), ArticleKind.FAQ.name());

  @Inject PublishedPages pages;
  @Inject TenantSearchIndexes indexes;

  @Override
  public List<Page> about(String text, int limit) {
    return indexes
        .search(pages, SearchQuery.similarTo(text).onlyTypes(ANSWERING), 0, limit)
        .hits()
        .stream()
        .map(PublicContent::found)
        .map(
            found -> {
              ArticleKind kind = ArticleKind.parse("kind", found.kind());
              return new Page(
                  found.id(),
                  found.kind(),
                  found.title(),
                  kind.path(found.slug()),
                  found.excerpt(),
                  found.score());
            })
        .toList();
  }
}
