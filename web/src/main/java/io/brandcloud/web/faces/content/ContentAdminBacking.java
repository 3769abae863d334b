package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.ArticleView;
import io.brandcloud.content.application.CategoryView;
import io.brandcloud.content.application.ContentAdmin;
import io.brandcloud.content.application.ContentCategories;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.web.faces.shared.Branding;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.PagedModel;
import io.brandcloud.web.faces.shared.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Staff's list of every page, drafts included, narrowed by kind and state in the address, and the
 * categories of the knowledge base and the FAQ.
 */
@Named
@ViewScoped
public class ContentAdminBacking implements Serializable {

  @EJB ContentAdmin content;
  @EJB ContentCategories categories;
  @Inject Texts texts;
  @Inject Branding branding;

  private String kind;
  private String status;
  private PagedModel<ArticleView> pages;
  private List<CategoryView> categoryList = List.of();
  private String categoryName;
  private Integer categoryPosition;
  private String newKind = ArticleKind.DOC.wireName();

  /** Filters that are not one of the choices show everything. */
  public void load() {
    ArticleKind chosenKind = choice(kind);
    Boolean published =
        "published".equals(status) ? Boolean.TRUE : "draft".equals(status) ? Boolean.FALSE : null;
    pages =
        new PagedModel<>(
            page -> content.list(chosenKind, published, page), a -> Long.toString(a.id()));
    categoryList = categories.forStaff();
  }

  private static ArticleKind choice(String text) {
    for (ArticleKind candidate : ArticleKind.values()) {
      if (candidate.wireName().equals(text)) {
        return candidate;
      }
    }
    return null;
  }

  public void write() {
    FacesActions.redirect(branding.url("/admin/article.xhtml") + "?kind=" + newKind);
  }

  public void addCategory() {
    if (FacesActions.attempt(
        () -> categories.create(categoryName, null, categoryPosition),
        texts.get("content.admin.categorySaved"))) {
      categoryName = null;
      categoryPosition = null;
      categoryList = categories.forStaff();
    }
  }

  public void removeCategory(CategoryView category) {
    FacesActions.attempt(
        () -> categories.remove(category.id()), texts.get("content.admin.categoryRemoved"));
    categoryList = categories.forStaff();
  }

  public List<ArticleKind> getKinds() {
    return List.of(ArticleKind.values());
  }

  public PagedModel<ArticleView> getPages() {
    return pages;
  }

  public List<CategoryView> getCategories() {
    return categoryList;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getNewKind() {
    return newKind;
  }

  public void setNewKind(String newKind) {
    this.newKind = newKind;
  }

  public String getCategoryName() {
    return categoryName;
  }

  public void setCategoryName(String categoryName) {
    this.categoryName = categoryName;
  }

  public Integer getCategoryPosition() {
    return categoryPosition;
  }

  public void setCategoryPosition(Integer categoryPosition) {
    this.categoryPosition = categoryPosition;
  }
}
