package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.CategoryView;
import io.brandcloud.content.application.ContentCategories;
import io.brandcloud.content.application.FoundArticle;
import io.brandcloud.content.application.PublicContent;
import io.brandcloud.content.application.PublishedArticle;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * A public list of published pages of one kind (the knowledge base, the FAQ, the blog), a page at a
 * time, narrowed by a category or replaced by what a search found; both live in the address, so a
 * search can be bookmarked and shared.
 */
@Named
@ViewScoped
public class ContentListBacking implements Serializable {

  @EJB PublicContent content;
  @EJB ContentCategories categories;

  private String q;
  private String category;
  private ArticleKind kind;
  private List<CategoryView> categoryList = List.of();
  private PagedModel<PublishedArticle> articles;
  private PagedModel<FoundArticle> results;

  /** Reads the page's list; a search or category that cannot be read shows why. */
  public void load(String kindName) {
    kind = ArticleKind.parse("kind", kindName);
    if (kind.hasCategory()) {
      categoryList = categories.all();
    }
    ArticleKind listed = kind;
    String chosen = category;
    if (q != null && !q.isBlank()) {
      String words = q;
      EnumSet<ArticleKind> kinds = EnumSet.of(listed);
      if (FacesActions.attempt(() -> content.search(words, kinds, PageRequest.first(1)), null)) {
        results =
            new PagedModel<>(
                page -> content.search(words, kinds, page), a -> Long.toString(a.id()));
      }
      return;
    }
    if (FacesActions.attempt(() -> content.list(listed, chosen, PageRequest.first(1)), null)) {
      articles =
          new PagedModel<>(page -> content.list(listed, chosen, page), a -> Long.toString(a.id()));
    }
  }

  /** Where a page of this list is read. */
  public String path(String kindName, String slug) {
    return ArticleKind.parse("kind", kindName).path(slug);
  }

  public boolean isSearching() {
    return q != null && !q.isBlank();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public List<CategoryView> getCategories() {
    return categoryList;
  }

  public PagedModel<PublishedArticle> getArticles() {
    return articles;
  }

  public PagedModel<FoundArticle> getResults() {
    return results;
  }
}
