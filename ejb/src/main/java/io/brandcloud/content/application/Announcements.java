package io.brandcloud.content.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.content.domain.Article;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.content.domain.ArticleRepository;
import io.brandcloud.content.domain.PageRendering;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** News a logged-in user sees on every page until they dismiss it. */
@Stateless
public class Announcements {

  /** More at once would push the page itself out of sight on a phone. */
  static final int SHOWN = 3;

  @Inject ArticleRepository articles;
  @Inject PageRendering rendering;
  @Inject ApplicationClock clock;

  /** The newest published announcements the caller has not dismissed; none for jobs. */
  public List<PublishedArticle> current() {
    Caller caller = CurrentCaller.require();
    if (caller.userId() == null) {
      return List.of();
    }
    return articles.announcementsFor(caller.userId(), SHOWN).stream()
        .map(a -> PublishedArticle.of(a, rendering, true))
        .toList();
  }

  public void dismiss(long articleId) {
    Caller caller = CurrentCaller.require();
    Article article =
        articles
            .find(articleId)
            .filter(a -> a.kind() == ArticleKind.ANNOUNCEMENT && a.published())
            .orElseThrow(() -> BrandcloudException.notFound("Announcement " + articleId));
    if (caller.userId() == null) {
      throw BrandcloudException.notFound("Announcement " + articleId);
    }
    articles.dismiss(article.id(), caller.userId(), clock.now());
  }
}
