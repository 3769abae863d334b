package io.brandcloud.shared.search;

import java.time.Instant;
import java.util.List;

/**
 * The rows of the current tenant that one index holds. Implementations read the database in the
 * caller's transaction; the fingerprint query must count exactly the rows {@link #all} returns,
 * summing {@code updated_at} in microseconds.
 */
public interface SearchSource {

  /** Names the index among the tenant's others. */
  String name();

  SearchFingerprint fingerprint();

  List<SearchDocument> all();

  /**
   * Every row changed at or after {@code since}, whether it belongs in the index or not: the ones
   * that do in {@code present}, the keys of those that left it (unpublished, reopened) in {@code
   * gone}.
   */
  Changes changedSince(Instant since);

  /** What changed since a point in time. */
  record Changes(List<SearchDocument> present, List<String> gone) {
    public Changes {
      present = List.copyOf(present);
      gone = List.copyOf(gone);
    }
  }
}
