package io.brandcloud.web.faces.content;

import io.brandcloud.content.application.PublicContent;
import io.brandcloud.content.domain.ArticleKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Set;

/** Which of the tenant's public pages the menu offers: only kinds with something published. */
@Named
@RequestScoped
public class SiteMenu {

  @EJB PublicContent content;

  private Set<ArticleKind> published;

  public boolean offers(String kindName) {
    if (published == null) {
      published = content.kinds();
    }
    return published.contains(ArticleKind.parse("kind", kindName));
  }
}
