package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.PublicContent;
import io.brandcloud.content.application.PublishedArticle;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** One published knowledge-base article or blog post, named by its slug; anything else is 404. */
@Named
@RequestScoped
public class ArticlePageBacking {

  @EJB PublicContent content;

  private String slug;
  private PublishedArticle article;

  public void load(String kindName) {
    try {
      article = content.read(ArticleKind.parse("kind", kindName), slug);
    } catch (BrandcloudException e) {
      article = null;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public PublishedArticle getArticle() {
    return article;
  }
}
