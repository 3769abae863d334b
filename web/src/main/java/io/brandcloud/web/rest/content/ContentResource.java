package io.brandcloud.web.rest.content;

import io.brandcloud.content.application.CategoryView;
import io.brandcloud.content.application.ContentCategories;
import io.brandcloud.content.application.PublicContent;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The tenant's published pages, open to anyone: the knowledge base ({@code doc}), the FAQ ({@code
 * faq}) and the blog ({@code blog}), listed, opened and searched. Drafts do not exist here.
 */
@Path("/v1/content")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContentResource {

  @EJB PublicContent content;
  @EJB ContentCategories categories;
  @Inject TenantApi api;

  @GET
  @Path("categories")
  public List<CategoryView> categories() {
    api.tenant();
    return categories.all();
  }

  /**
   * Published pages of a kind ({@code doc} when left out), or with {@code q} the pages holding
   * those words, best first (of the kind given, else of the knowledge base, FAQ and blog).
   */
  @GET
  @Path("articles")
  public ApiPage<ApiArticle> articles(
      @QueryParam("kind") String kind,
      @QueryParam("category") String category,
      @QueryParam("q") String words,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    api.tenant();
    PageRequest request = PageRequest.of(page, limit);
    String portal = api.portalBase();
    if (words != null) {
      Set<ArticleKind> kinds =
          kind == null ? EnumSet.noneOf(ArticleKind.class) : EnumSet.of(publicKind(kind));
      return ApiPage.of(content.search(words, kinds, request), a -> ApiArticle.of(a, portal));
    }
    ArticleKind listed = kind == null ? ArticleKind.DOC : publicKind(kind);
    return ApiPage.of(content.list(listed, category, request), a -> ApiArticle.of(a, portal));
  }

  @GET
  @Path("articles/{kind}/{slug}")
  public ApiArticle article(@PathParam("kind") String kind, @PathParam("slug") String slug) {
    api.tenant();
    return ApiArticle.of(content.read(publicKind(kind), slug), api.portalBase());
  }

  /** Announcements are read by logged-in users at {@code /announcements}, not here. */
  private static ArticleKind publicKind(String text) {
    ArticleKind kind = ArticleKind.parse("kind", text);
    if (!PublicContent.SEARCHED.contains(kind)) {
      throw io.brandcloud.shared.BrandcloudException.invalid(
          "kind", "kind is doc, faq or blog; announcements are at /api/v1/announcements");
    }
    return kind;
  }
}
