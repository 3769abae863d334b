package io.brandcloud.content.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.content.domain.Article;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.content.domain.ArticleRepository;
import io.brandcloud.content.domain.ArticleText;
import io.brandcloud.content.domain.CategoryRepository;
import io.brandcloud.content.domain.PageRendering;
import io.brandcloud.content.domain.Slugs;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.Validation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.function.Consumer;

/** Staff write pages, publish them, take them down and remove them. */
@Stateless
public class ContentAdmin {

  static final int TITLE_LENGTH = 200;
  static final int SLUG_LENGTH = 120;

  /** Below the API's 64 KiB body limit even when every character needs escaping in JSON. */
  static final int BODY_LENGTH = 30_000;

  @Inject ArticleRepository articles;
  @Inject CategoryRepository categories;
  @Inject PageRendering rendering;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /**
   * @param kind null for every kind
   * @param published null for drafts and published pages alike
   */
  public Page<ArticleView> list(ArticleKind kind, Boolean published, PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    return articles.all(kind, published, page).map(ArticleView::of);
  }

  public ArticleView get(long articleId) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    return ArticleView.of(find(articleId));
  }

  public ArticleView create(ArticleKind kind, ArticleDraft draft) {
    Caller caller = CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    if (kind == null) {
      throw BrandcloudException.invalid("kind", "kind is required");
    }
    Article article =
        new Article(kind, checked(kind, written(draft), null), caller.name(), clock.now());
    articles.add(article);
    audit.record(null, "content.created", target(article), article.title());
    return ArticleView.of(article);
  }

  public ArticleView change(long articleId, ArticleDraft draft) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    ArticleText text = written(draft);
    Article article = find(articleId);
    article.rewrite(checked(article.kind(), text, articleId), clock.now());
    articles.saveChanges();
    audit.record(null, "content.changed", target(article), article.title());
    return ArticleView.of(article);
  }

  public ArticleView publish(long articleId) {
    return changed(articleId, "content.published", article -> article.publish(clock.now()));
  }

  public ArticleView unpublish(long articleId) {
    return changed(articleId, "content.unpublished", article -> article.unpublish(clock.now()));
  }

  public void remove(long articleId) {
    changed(articleId, "content.removed", articles::remove);
  }

  private ArticleView changed(long articleId, String action, Consumer<Article> change) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    Article article = find(articleId);
    change.accept(article);
    audit.record(null, action, target(article), article.title());
    return ArticleView.of(article);
  }

  /** How Markdown will look once published, for the editor's preview. */
  public String preview(String markdown) {
    CurrentCaller.requireStaff(StaffPermission.CONTENT_MANAGE);
    return rendering.html(Validation.optionalLines("body", markdown, BODY_LENGTH));
  }

  /** The words of a page, checked before anything is looked up. */
  private static ArticleText written(ArticleDraft draft) {
    if (draft == null) {
      throw BrandcloudException.invalid("body", "A page needs a title and a body");
    }
    String title = Validation.requireText("title", draft.title(), TITLE_LENGTH);
    return new ArticleText(
        title,
        Slugs.of("slug", draft.slug(), title, SLUG_LENGTH),
        Validation.requireLines("body", draft.body(), BODY_LENGTH),
        draft.categoryId());
  }

  /** What a page of this kind may have: a category that exists, an address no other page has. */
  private ArticleText checked(ArticleKind kind, ArticleText text, Long articleId) {
    Long categoryId = text.categoryId();
    if (categoryId != null) {
      if (!kind.hasCategory()) {
        throw BrandcloudException.invalid(
            "categoryId", "Only knowledge-base articles and FAQ entries have a category");
      }
      if (categories.find(categoryId).isEmpty()) {
        throw BrandcloudException.invalid("categoryId", "There is no category " + categoryId);
      }
    }
    if (articles.slugTaken(kind, text.slug(), articleId)) {
      throw new BrandcloudException(
          ErrorCode.CONFLICT,
          "Another " + kind.wireName() + " page has the address '" + text.slug() + "'");
    }
    return text;
  }

  private Article find(long articleId) {
    return articles
        .find(articleId)
        .orElseThrow(() -> BrandcloudException.notFound("Page " + articleId));
  }

  private static String target(Article article) {
    return article.kind().wireName() + " " + article.id();
  }
}
