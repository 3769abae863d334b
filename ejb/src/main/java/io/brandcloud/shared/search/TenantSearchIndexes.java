package io.brandcloud.shared.search;

import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search indexes this node holds, one per tenant and source, made on first use. They share a
 * memory budget ({@code BRANDCLOUD_SEARCH_MEMORY_MB}, 192 by default): past it, the indexes used
 * least recently are dropped, and read from the database again when next needed. An index that
 * failed is dropped too, so the next search starts afresh instead of failing for good.
 */
@ApplicationScoped
public class TenantSearchIndexes {

  /** No one pages past the ten-thousandth hit; asking for more only costs memory. */
  static final int DEEPEST = 10_000;

  private final SearchAnalyzer analyzer = new SearchAnalyzer();
  private final long budgetBytes = budget();

  /** In order of use, the least recent first. */
  private final Map<String, LiveIndex> indexes = new LinkedHashMap<>(16, 0.75f, true);

  private static long budget() {
    try {
      return Long.parseLong(System.getenv().getOrDefault("BRANDCLOUD_SEARCH_MEMORY_MB", "192"))
          << 20;
    } catch (NumberFormatException e) {
      return 192L << 20;
    }
  }

  /**
   * Searches the current tenant's index of {@code source}, first bringing it up to date from the
   * database in the caller's transaction.
   *
   * @param offset how many of the best hits to skip (for pages)
   */
  public SearchResults search(SearchSource source, SearchQuery query, int offset, int limit) {
    String key = CurrentTenant.require().tenantId() + "/" + source.name();
    LiveIndex index = indexOf(key);
    try {
      index.refresh(source);
      SearchResults results =
          offset >= DEEPEST
              ? new SearchResults(java.util.List.of(), 0)
              : index.search(query, offset, Math.min(limit, DEEPEST - offset));
      keepWithinBudget(key);
      return results;
    } catch (RuntimeException e) {
      drop(key, index);
      throw e;
    }
  }

  private LiveIndex indexOf(String key) {
    synchronized (indexes) {
      return indexes.computeIfAbsent(key, k -> new LiveIndex(analyzer));
    }
  }

  private void keepWithinBudget(String inUse) {
    synchronized (indexes) {
      long total = indexes.values().stream().mapToLong(LiveIndex::ramBytes).sum();
      Iterator<Map.Entry<String, LiveIndex>> eldest = indexes.entrySet().iterator();
      while (total > budgetBytes && eldest.hasNext()) {
        Map.Entry<String, LiveIndex> entry = eldest.next();
        if (!entry.getKey().equals(inUse)) {
          total -= entry.getValue().ramBytes();
          eldest.remove();
        }
      }
    }
  }

  private void drop(String key, LiveIndex failed) {
    synchronized (indexes) {
      indexes.remove(key, failed);
    }
  }
}
