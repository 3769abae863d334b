package io.brandcloud.access;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.MDC;

/**
 * The caller of the work on this thread: set by the edge for a request, and by jobs, handlers and
 * workers for theirs. Never defaults: work that needs a caller and has none is refused. Log lines
 * name it ({@code caller} in the logging context) for as long as it is set.
 */
public final class CurrentCaller {

  private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();
  private static final String LOG_KEY = "caller";

  private CurrentCaller() {}

  public static Optional<Caller> get() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The caller, or 401 when the work has none. */
  public static Caller require() {
    return get().orElseThrow(() -> new BrandcloudException(ErrorCode.UNAUTHENTICATED));
  }

  /** Staff whose role allows {@code permission} (or a job or operator); see {@link Caller}. */
  public static Caller requireStaff(StaffPermission permission) {
    return require().requireStaff(permission);
  }

  /** A platform operator or a job; see {@link Caller#requirePrivileged}. */
  public static Caller requirePrivileged() {
    return require().requirePrivileged();
  }

  /** Sets the caller for the rest of a request; {@link #clear} ends it. */
  public static void set(Caller caller) {
    CURRENT.set(caller);
    MDC.put(LOG_KEY, caller.logName());
  }

  public static void clear() {
    CURRENT.remove();
    MDC.remove(LOG_KEY);
  }

  /** Runs work as {@code caller} and puts back what the thread had. */
  public static <T> T supplyAs(Caller caller, Supplier<T> work) {
    Caller previous = CURRENT.get();
    set(caller);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        clear();
      } else {
        set(previous);
      }
    }
  }

  public static void runAs(Caller caller, Runnable work) {
    supplyAs(
        caller,
        () -> {
          work.run();
          return null;
        });
  }
}
