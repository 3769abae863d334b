package io.brandcloud.support.suggestions.application;

import java.io.Serializable;
import java.util.List;

/**
 * A reply staff may start from, never sent by itself, and what it was built from: the resolved
 * ticket whose answer it reuses and the knowledge-base pages it points to. No text when nothing of
 * the tenant's matched.
 */
public record Suggestion(String text, List<Source> sources) implements Serializable {

  public static final String ARTICLE = "article";
  public static final String TICKET = "ticket";

  /**
   * Something the suggestion used.
   *
   * @param type {@value #ARTICLE} or {@value #TICKET}
   * @param path where staff open it within the portal
   * @param score how closely it matched, comparable among sources of one type
   */
  public record Source(String type, long id, String title, String path, String excerpt, float score)
      implements Serializable {}
}
