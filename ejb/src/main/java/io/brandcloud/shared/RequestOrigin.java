package io.brandcloud.shared;

import java.util.Optional;

/**
 * Who and where the request the current thread serves comes from, set by the web edge: the client
 * address, the authenticated caller, and the staff member acting as that caller when a customer is
 * impersonated. Services read it for the audit log without taking servlet types.
 */
public final class RequestOrigin {

  private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();
  private static final ThreadLocal<String> ACTOR = new ThreadLocal<>();
  private static final ThreadLocal<String> IMPERSONATOR = new ThreadLocal<>();

  private RequestOrigin() {}

  public static void set(String address) {
    ADDRESS.set(address);
  }

  public static void caller(String actor, String impersonator) {
    ACTOR.set(actor);
    IMPERSONATOR.set(impersonator);
  }

  public static void clear() {
    ADDRESS.remove();
    ACTOR.remove();
    IMPERSONATOR.remove();
  }

  public static Optional<String> address() {
    return Optional.ofNullable(ADDRESS.get());
  }

  public static Optional<String> actor() {
    return Optional.ofNullable(ACTOR.get());
  }

  /** The staff member behind an impersonated request. */
  public static Optional<String> impersonator() {
    return Optional.ofNullable(IMPERSONATOR.get());
  }
}
