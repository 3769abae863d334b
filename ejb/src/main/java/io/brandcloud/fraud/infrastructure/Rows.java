package io.brandcloud.fraud.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Native query results as rows. */
final class Rows {

  private Rows() {}

  static List<Object[]> of(List<?> rows) {
    return rows.stream().map(Object[].class::cast).toList();
  }

  /** Whether the query, with its parameters numbered from 1, finds anything. */
  static boolean exists(EntityManager em, String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return !query.getResultList().isEmpty();
  }
}
