package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.ArticleDraft;
import io.brandcloud.content.application.ArticleView;
import io.brandcloud.content.application.CategoryView;
import io.brandcloud.content.application.ContentAdmin;
import io.brandcloud.content.application.ContentCategories;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Writing one page: a new one of the kind in the address, or the one its id names. Saving keeps it
 * as it is (a draft stays a draft); publishing and taking down are their own steps, and the preview
 * shows the Markdown as readers will see it.
 */
@Named
@ViewScoped
public class ArticleEditorBacking implements Serializable {

  @EJB ContentAdmin content;
  @EJB ContentCategories categories;
  @Inject Texts texts;
  @Inject Branding branding;

  private Long id;
  private String kind;
  private ArticleView article;
  private List<CategoryView> categoryList = List.of();
  private String title;
  private String slug;
  private String body;
  private Long categoryId;
  private String preview;
  private boolean ready;

  /**
   * A new page of the kind in the address (a knowledge-base article when it names none), or the
   * page of the id; an unknown id or kind shows why and leaves no editor to use.
   */
  public void load() {
    try {
      categoryList = categories.forStaff();
      if (id == null) {
        kind = ArticleKind.parse("kind", kind == null ? "doc" : kind).wireName();
      } else {
        show(content.get(id));
      }
      ready = true;
    } catch (BrandcloudException e) {
      FacesActions.error(e);
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  /** Whether there is a page to edit: a known one, or a new one of a known kind. */
  public boolean isReady() {
    return ready;
  }

  private void show(ArticleView view) {
    article = view;
    id = view.id();
    kind = view.kind();
    title = view.title();
    slug = view.slug();
    body = view.body();
    categoryId = view.categoryId();
  }

  public void save() {
    ArticleDraft draft = new ArticleDraft(title, slug, body, categoryId);
    if (id == null) {
      ArticleView[] created = new ArticleView[1];
      if (FacesActions.attempt(
          () -> created[0] = content.create(ArticleKind.parse("kind", kind), draft), null)) {
        FacesActions.info(texts.get("content.admin.saved"));
        FacesActions.redirect(branding.url("/admin/article.xhtml") + "?id=" + created[0].id());
      }
      return;
    }
    FacesActions.attempt(() -> show(content.change(id, draft)), texts.get("content.admin.saved"));
  }

  public void publish() {
    FacesActions.attempt(() -> show(content.publish(id)), texts.get("content.admin.published"));
  }

  public void unpublish() {
    FacesActions.attempt(() -> show(content.unpublish(id)), texts.get("content.admin.unpublished"));
  }

  public void remove() {
    if (FacesActions.attempt(() -> content.remove(id), texts.get("content.admin.removed"))) {
      FacesActions.redirect(branding.url("/admin/content.xhtml"));
    }
  }

  public void showPreview() {
    FacesActions.attempt(() -> preview = content.preview(body), null);
  }

  /** Where readers find the page once it is published. */
  public String getPublicPath() {
    return article == null ? null : ArticleKind.parse("kind", kind).path(article.slug());
  }

  public boolean isCategorised() {
    return ArticleKind.parse("kind", kind).hasCategory();
  }

  public ArticleView getArticle() {
    return article;
  }

  public List<CategoryView> getCategories() {
    return categoryList;
  }

  public String getPreview() {
    return preview;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public Long getCategoryId() {
    return categoryId;
  }

  public void setCategoryId(Long categoryId) {
    this.categoryId = categoryId;
  }
}
