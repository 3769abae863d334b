package io.brandcloud.support.suggestions.domain;

import io.brandcloud.shared.search.SearchSource;

/**
 * The current tenant's closed tickets as the search index holds them, each a document of this type
 * carrying the answer that resolved it under {@link #ANSWER}.
 */
public interface ResolvedTickets extends SearchSource {

  String TYPE = "TICKET";
  String ANSWER = "answer";
}
