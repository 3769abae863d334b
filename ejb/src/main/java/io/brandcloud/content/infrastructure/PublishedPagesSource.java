package io.brandcloud.content.infrastructure;

import io.brandcloud.content.domain.PageRendering;
import io.brandcloud.content.domain.PublishedPages;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.search.SearchDocument;
import io.brandcloud.shared.search.SearchFingerprint;
import io.brandcloud.shared.search.SqlSearchRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The current tenant's published pages of every kind, as the search index holds them: the text
 * without its Markdown, and the slug, category and excerpt a hit is shown with.
 */
@ApplicationScoped
public class PublishedPagesSource implements PublishedPages {

  private static final int EXCERPT_LENGTH = 240;
  private static final String COLUMNS =
      "SELECT id, kind, slug, title, body, category_id, published_at, updated_at"
          + " FROM content_articles";

  @PersistenceContext EntityManager em;
  @Inject PageRendering rendering;

  @Override
  public String name() {
    return "pages";
  }

  @Override
  public SearchFingerprint fingerprint() {
    return SqlSearchRows.fingerprint(em, "content_articles", "published_at IS NOT NULL");
  }

  @Override
  public List<SearchDocument> all() {
    return documents(SqlSearchRows.rows(em, COLUMNS + " WHERE published_at IS NOT NULL", null));
  }

  @Override
  public Changes changedSince(Instant since) {
    List<SearchDocument> present = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    for (Object[] row : SqlSearchRows.rows(em, COLUMNS + " WHERE updated_at >= ?1", since)) {
      if (row[6] == null) {
        gone.add(row[0].toString());
      } else {
        present.add(document(row));
      }
    }
    return new Changes(present, gone);
  }

  private List<SearchDocument> documents(List<Object[]> rows) {
    return rows.stream().map(this::document).toList();
  }

  private SearchDocument document(Object[] row) {
    String markdown = (String) row[4];
    Map<String, String> stored = new HashMap<>();
    stored.put(SLUG, (String) row[2]);
    stored.put(EXCERPT, rendering.excerpt(markdown, EXCERPT_LENGTH));
    stored.put(PUBLISHED_AT, instant(row[6]).toString());
    if (row[5] != null) {
      stored.put(CATEGORY, row[5].toString());
    }
    return new SearchDocument(
        row[0].toString(),
        (String) row[1],
        (String) row[3],
        rendering.plainText(markdown),
        stored,
        instant(row[7]));
  }

  private static Instant instant(Object value) {
    return value == null ? null : SqlValues.instant(value);
  }
}
