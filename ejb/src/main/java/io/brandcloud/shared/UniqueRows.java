package io.brandcloud.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Writes pending changes now, so that a row another transaction took a moment earlier (a unique key
 * checked by both, written by the faster) is answered as the conflict it is, not as a 500.
 */
public final class UniqueRows {

  private static final String UNIQUE_VIOLATION = "23505";

  private UniqueRows() {}

  public static void flush(EntityManager em, String conflict) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new BrandcloudException(ErrorCode.CONFLICT, conflict);
      }
      throw e;
    }
  }

  /** Runs a write that may meet a row another transaction took first, answering that as a 409. */
  public static <T> T orConflict(Supplier<T> write, String conflict) {
    try {
      return write.get();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new BrandcloudException(ErrorCode.CONFLICT, conflict);
      }
      throw e;
    }
  }

  static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
