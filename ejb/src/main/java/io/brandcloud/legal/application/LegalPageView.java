package io.brandcloud.legal.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A version of a legal page as it is shown: its wording as safe HTML.
 *
 * @param kind {@code terms}, {@code privacy} or {@code refunds}
 * @param markdown what staff wrote, for the editor to start from
 * @param acceptances how many customers accepted this version; null where nobody asked
 */
public record LegalPageView(
    long id,
    String kind,
    int version,
    String title,
    String html,
    String markdown,
    Instant publishedAt,
    String publishedBy,
    Long acceptances)
    implements Serializable {

  /** This version without what only staff read: its Markdown and who published it. */
  public LegalPageView forVisitors() {
    return new LegalPageView(id, kind, version, title, html, null, publishedAt, null, null);
  }
}
