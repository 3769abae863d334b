package io.brandcloud.shared;

import jakarta.persistence.TypedQuery;
import java.util.List;

/** One page of a JPQL query's results with the total, the JPQL twin of {@link NativePages}. */
public final class QueryPages {

  private QueryPages() {}

  /**
   * @param rows the ordered query; the page's offset and limit are applied to it
   * @param count the matching {@code select count(…)}, run only when the page cannot tell the total
   */
  public static <T> Page<T> of(TypedQuery<T> rows, TypedQuery<Long> count, PageRequest page) {
    List<T> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    // A first page that is not full holds them all: counting would only ask again.
    long total =
        page.offset() == 0 && items.size() < page.limit() ? items.size() : count.getSingleResult();
    return new Page<>(items, total, page);
  }
}
