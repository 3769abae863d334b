package io.brandcloud.shared.search;

import io.brandcloud.shared.SqlValues;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/** What a search source built on a table of the current tenant asks the database. */
public final class SqlSearchRows {

  private SqlSearchRows() {}

  /**
   * The fingerprint of the rows of {@code table} that {@code condition} selects, from their {@code
   * updated_at}.
   */
  public static SearchFingerprint fingerprint(EntityManager em, String table, String condition) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*), max(updated_at),"
                        + " coalesce(sum((extract(epoch FROM updated_at) * 1000000)::bigint), 0)"
                        + " FROM "
                        + table
                        + " WHERE "
                        + condition)
                .getSingleResult();
    return new SearchFingerprint(
        SqlValues.toLong(row[0]),
        row[1] == null ? null : SqlValues.instant(row[1]),
        SqlValues.toLong(row[2]));
  }

  /** The rows of a native query; {@code since}, when given, is its parameter {@code ?1}. */
  @SuppressWarnings("unchecked")
  public static List<Object[]> rows(EntityManager em, String sql, Instant since) {
    Query query = em.createNativeQuery(sql);
    if (since != null) {
      query.setParameter(1, since);
    }
    return query.getResultList();
  }
}
