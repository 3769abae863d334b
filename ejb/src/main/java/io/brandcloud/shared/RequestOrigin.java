package io.brandcloud.shared;

import java.util.Optional;

/**
 * The client address of the request the current thread serves, set by the web edge, so services can
 * record where an action came from without taking servlet types.
 */
public final class RequestOrigin {

  private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

  private RequestOrigin() {}

  public static void set(String address) {
    ADDRESS.set(address);
  }

  public static void clear() {
    ADDRESS.remove();
  }

  public static Optional<String> address() {
    return Optional.ofNullable(ADDRESS.get());
  }
}
