package io.brandcloud.support.suggestions.domain;

import java.util.List;

/**
 * The tenant's published knowledge base and FAQ, asked by the support desk for pages about a ticket
 * and answered by the content area.
 */
public interface KnowledgeBase {

  /**
   * A published page and how closely it matched.
   *
   * @param path where it is read within the tenant's portal
   */
  record Page(long id, String kind, String title, String path, String excerpt, float score) {}

  /** The pages most about the text, best first. */
  List<Page> about(String text, int limit);
}
