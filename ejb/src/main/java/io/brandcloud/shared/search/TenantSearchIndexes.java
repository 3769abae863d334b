package io.brandcloud.shared.search;

import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search indexes this node holds, one per tenant and source, made on first use and dropped when
 * they have been used least recently of more than {@value #KEPT}. A dropped index is read from the
 * database again when it is next needed; nothing else depends on it being here.
 */
@ApplicationScoped
public class TenantSearchIndexes {

  /** About 15 MB each for 10,000 resolved tickets; the busiest tenants stay, the rest rebuild. */
  static final int KEPT = 64;

  private final SearchAnalyzer analyzer = new SearchAnalyzer();

  private final Map<String, LiveIndex> indexes =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LiveIndex> eldest) {
          return size() > KEPT;
        }
      };

  /**
   * Searches the current tenant's index of {@code source}, first bringing it up to date from the
   * database in the caller's transaction.
   *
   * @param offset how many of the best hits to skip (for pages)
   */
  public SearchResults search(SearchSource source, SearchQuery query, int offset, int limit) {
    LiveIndex index = indexOf(source);
    index.refresh(source);
    return index.search(query, offset, limit);
  }

  private LiveIndex indexOf(SearchSource source) {
    String key = CurrentTenant.require().tenantId() + "/" + source.name();
    synchronized (indexes) {
      return indexes.computeIfAbsent(key, k -> new LiveIndex(analyzer));
    }
  }
}
