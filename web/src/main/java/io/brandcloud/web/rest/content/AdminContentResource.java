package io.brandcloud.web.rest.content;

import io.brandcloud.content.application.ArticleDraft;
import io.brandcloud.content.application.ArticleView;
import io.brandcloud.content.application.CategoryView;
import io.brandcloud.content.application.ContentAdmin;
import io.brandcloud.content.application.ContentCategories;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Staff write the tenant's pages (knowledge base, FAQ, blog, announcements) in Markdown, publish
 * and take them down, and keep the categories. Needs the content permission.
 */
@Path("/v1/admin/content")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminContentResource {

  @EJB ContentAdmin content;
  @EJB ContentCategories categories;
  @Inject TenantApi api;

  /** A page as staff write it; {@code kind} only when creating. */
  public record ArticleInput(String kind, String title, String slug, String body, Long categoryId) {
    ArticleDraft draft() {
      return new ArticleDraft(title, slug, body, categoryId);
    }
  }

  /** A category; what is left out of a change stays. */
  public record CategoryInput(String name, String slug, Integer position) {}

  /** Markdown to see as it will be published. */
  public record PreviewInput(String body) {}

  /** The HTML a page's Markdown becomes. */
  public record Preview(String html) {}

  /**
   * Every page, those changed last first.
   *
   * @param status {@code draft} or {@code published}; left out: both
   */
  @GET
  @Path("articles")
  public ApiPage<ArticleView> list(
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(
        content.list(
            kind == null ? null : ArticleKind.parse("kind", kind),
            published(status),
            PageRequest.of(page, limit)),
        a -> a);
  }

  @POST
  @Path("articles")
  public Response create(ArticleInput body) {
    api.staff();
    ArticleInput input = RequestBodies.require(body);
    ArticleKind kind = ArticleKind.parse("kind", input.kind());
    return Response.status(Response.Status.CREATED)
        .entity(content.create(kind, input.draft()))
        .build();
  }

  @GET
  @Path("articles/{id}")
  public ArticleView get(@PathParam("id") long id) {
    api.staff();
    return content.get(id);
  }

  @PUT
  @Path("articles/{id}")
  public ArticleView change(@PathParam("id") long id, ArticleInput body) {
    api.staff();
    ArticleInput input = RequestBodies.require(body);
    if (input.kind() != null) {
      throw BrandcloudException.invalid("kind", "A page's kind cannot change; write a new page");
    }
    return content.change(id, input.draft());
  }

  @POST
  @Path("articles/{id}/publish")
  public ArticleView publish(@PathParam("id") long id) {
    api.staff();
    return content.publish(id);
  }

  @POST
  @Path("articles/{id}/unpublish")
  public ArticleView unpublish(@PathParam("id") long id) {
    api.staff();
    return content.unpublish(id);
  }

  @DELETE
  @Path("articles/{id}")
  public Response remove(@PathParam("id") long id) {
    api.staff();
    content.remove(id);
    return Response.noContent().build();
  }

  @POST
  @Path("preview")
  public Preview preview(PreviewInput body) {
    api.staff();
    return new Preview(content.preview(RequestBodies.require(body).body()));
  }

  @GET
  @Path("categories")
  public List<CategoryView> categories() {
    api.staff();
    return categories.forStaff();
  }

  @POST
  @Path("categories")
  public Response createCategory(CategoryInput body) {
    api.staff();
    CategoryInput input = RequestBodies.require(body);
    return Response.status(Response.Status.CREATED)
        .entity(categories.create(input.name(), input.slug(), input.position()))
        .build();
  }

  @PUT
  @Path("categories/{id}")
  public CategoryView changeCategory(@PathParam("id") long id, CategoryInput body) {
    api.staff();
    CategoryInput input = RequestBodies.require(body);
    return categories.change(id, input.name(), input.slug(), input.position());
  }

  @DELETE
  @Path("categories/{id}")
  public Response removeCategory(@PathParam("id") long id) {
    api.staff();
    categories.remove(id);
    return Response.noContent().build();
  }

  private static Boolean published(String status) {
    if (status == null) {
      return null;
    }
    return switch (status.strip()) {
      case "draft" -> false;
      case "published" -> true;
      default -> throw BrandcloudException.invalid("status", "status is draft or published");
    };
  }
}
