package io.brandcloud.content.domain;

import io.brandcloud.shared.Validation;
import java.util.Locale;

/** What a page is, which decides where it is listed. */
public enum ArticleKind {
  /** A knowledge-base article, in a category. */
  DOC,
  /** A question and its answer, in a category. */
  FAQ,
  /** A blog post, newest first. */
  BLOG,
  /** News for logged-in customers, shown until each dismisses it. */
  ANNOUNCEMENT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Where a published page of this kind is read, within the tenant's portal. */
  public String path(String slug) {
    return switch (this) {
      case DOC -> "/help/article.xhtml?slug=" + slug;
      case FAQ -> "/faq.xhtml#" + slug;
      case BLOG -> "/blog/post.xhtml?slug=" + slug;
      case ANNOUNCEMENT -> "/portal/announcements.xhtml#" + slug;
    };
  }

  public boolean hasCategory() {
    return this == DOC || this == FAQ;
  }

  public static ArticleKind parse(String field, String text) {
    return Validation.requireChoice(field, text, ArticleKind.class);
  }
}
