package io.brandcloud.shared.search;

import java.util.List;

/** One slice of what matched, best first, and how many matched in all. */
public record SearchResults(List<SearchHit> hits, long total) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
