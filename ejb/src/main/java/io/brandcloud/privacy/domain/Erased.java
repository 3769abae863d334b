package io.brandcloud.privacy.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an erasure anonymised or removed, kind by kind, as counts: the record keeps nothing else.
 */
public record Erased(Map<String, Integer> counts) {

  public Erased {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** "users 1, tickets 2, …", the kinds that had anything. */
  public String describe() {
    return counts.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
