package io.brandcloud.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.function.Function;

/** One page of a native query's rows with the total, for lists staff and customers page through. */
public final class NativePages {

  private NativePages() {}

  /**
   * @param count {@code SELECT count(*) …} with parameters {@code ?1 … ?n}
   * @param rows the matching {@code SELECT … ORDER BY …}, same parameters; the page's limit and
   *     offset are added as {@code ?n+1} and {@code ?n+2}
   */
  public static <T> Page<T> of(
      EntityManager em,
      PageRequest page,
      String count,
      String rows,
      Function<Object[], T> row,
      Object... parameters) {
    long total = SqlValues.toLong(bind(em.createNativeQuery(count), parameters).getSingleResult());
    int next = parameters.length + 1;
    List<T> items =
        ((List<?>)
                bind(
                        em.createNativeQuery(rows + " LIMIT ?" + next + " OFFSET ?" + (next + 1)),
                        parameters)
                    .setParameter(next, page.limit())
                    .setParameter(next + 1, page.offset())
                    .getResultList())
            .stream().map(Object[].class::cast).map(row).toList();
    return new Page<>(items, total, page);
  }

  private static Query bind(Query query, Object[] parameters) {
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query;
  }
}
