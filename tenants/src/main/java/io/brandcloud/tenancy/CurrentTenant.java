package io.brandcloud.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.jboss.logging.MDC;

/**
 * The tenant of the work running on this thread, read by Hibernate's tenant resolver. Set only
 * through {@link #callAs} and {@link #runAs}, which restores what was there before, so a pooled
 * thread never keeps another tenant's context.
 */
public final class CurrentTenant {

  private static final ThreadLocal<TenantContext> CURRENT = new ThreadLocal<>();

  private CurrentTenant() {}

  public static Optional<TenantContext> get() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The current tenant; a missing one is a programming error, never a reason to pick a default. */
  public static TenantContext require() {
    TenantContext context = CURRENT.get();
    if (context == null) {
      throw new IllegalStateException("No tenant context on this thread");
    }
    return context;
  }

  public static <T> T callAs(TenantContext context, Callable<T> work) throws Exception {
    TenantContext previous = CURRENT.get();
    Object previousTenant = MDC.get("tenant");
    Object previousRequest = MDC.get("requestId");
    CURRENT.set(context);
    MDC.put("tenant", context.slug());
    MDC.put("requestId", context.requestId());
    try {
      return work.call();
    } finally {
      restore(previous, previousTenant, previousRequest);
    }
  }

  /** {@link #callAs} for work that throws no checked exception. */
  public static <T> T supplyAs(TenantContext context, java.util.function.Supplier<T> work) {
    try {
      return callAs(context, work::get);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public static void runAs(TenantContext context, Runnable work) {
    try {
      callAs(
          context,
          () -> {
            work.run();
            return null;
          });
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void restore(TenantContext previous, Object tenant, Object request) {
    if (previous == null) {
      CURRENT.remove();
      MDC.remove("tenant");
      MDC.remove("requestId");
    } else {
      CURRENT.set(previous);
      MDC.put("tenant", tenant);
      MDC.put("requestId", request);
    }
  }
}
