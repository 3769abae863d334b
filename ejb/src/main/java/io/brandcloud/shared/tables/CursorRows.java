package io.brandcloud.shared.tables;

import jakarta.persistence.Query;
import java.util.stream.Stream;

/**
 * A native query's rows over a server-side cursor: PostgreSQL sends them {@value #BATCH} at a time
 * inside the caller's transaction, so an export of any length never holds more than a batch.
 */
public final class CursorRows {

  static final int BATCH = 1000;

  private CursorRows() {}

  /** The rows, to be closed by the caller. */
  @SuppressWarnings("unchecked")
  public static Stream<Object[]> of(Query query) {
    return ((Stream<Object>) query.setHint("org.hibernate.fetchSize", BATCH).getResultStream())
        .map(Object[].class::cast);
  }
}
