package io.brandcloud.shared.search;

import java.util.Map;

/** A document that matched, with its score (higher is closer; comparable within one search). */
public record SearchHit(
    String key, String type, String title, Map<String, String> stored, float score) {

  public String stored(String name) {
    return stored.get(name);
  }
}
