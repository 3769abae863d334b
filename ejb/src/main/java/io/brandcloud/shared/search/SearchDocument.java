package io.brandcloud.shared.search;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One row as the index holds it.
 *
 * @param key unique within its source, e.g. the row's id
 * @param type what the row is (an article's kind), for filtering
 * @param title searched with more weight than the body
 * @param body the searched text
 * @param stored values handed back with a hit and not searched
 * @param updatedAt the row's last change, which the source's fingerprint sums
 */
public record SearchDocument(
    String key,
    String type,
    String title,
    String body,
    Map<String, String> stored,
    Instant updatedAt) {

  public SearchDocument {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    stored = Map.copyOf(stored);
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The change time as the fingerprint counts it: whole microseconds, as PostgreSQL keeps it. */
  long version() {
    return SearchFingerprint.micros(updatedAt);
  }
}
