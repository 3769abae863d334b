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
  private static final ThreadLocal<String> USER_AGENT = new ThreadLocal<>();

  private RequestOrigin() {}

  public static void set(String address) {
    ADDRESS.set(address);
  }

  /** The client address and the User-Agent the client sent, if any. */
  public static void set(String address, String userAgent) {
    ADDRESS.set(address);
    USER_AGENT.set(userAgent);
  }

  public static void caller(String actor, String impersonator) {
    ACTOR.set(actor);
    IMPERSONATOR.set(impersonator);
  }

  public static void clear() {
    ADDRESS.remove();
    USER_AGENT.remove();
    ACTOR.remove();
    IMPERSONATOR.remove();
  }

  /**
   * Runs work as {@code actor} (no address, nobody impersonating), e.g. a message handler acting
   * for whoever published the message, and puts back what the thread had.
   */
  public static void runAs(String actor, Runnable work) {
    runAs(null, actor, null, work);
  }

  /**
   * Runs work for a request that came from {@code address} as {@code actor}, perhaps impersonated
   * by {@code impersonator} (e.g. a console socket, for the request that asked for its ticket), and
   * puts back what the thread had.
   */
  public static void runAs(String address, String actor, String impersonator, Runnable work) {
    String previousAddress = ADDRESS.get();
    String previousActor = ACTOR.get();
    String previousImpersonator = IMPERSONATOR.get();
    clear();
    ADDRESS.set(address);
    ACTOR.set(actor);
    IMPERSONATOR.set(impersonator);
    try {
      work.run();
    } finally {
      clear();
      ADDRESS.set(previousAddress);
      ACTOR.set(previousActor);
      IMPERSONATOR.set(previousImpersonator);
    }
  }

  public static Optional<String> address() {
    return Optional.ofNullable(ADDRESS.get());
  }

  public static Optional<String> userAgent() {
    return Optional.ofNullable(USER_AGENT.get());
  }

  public static Optional<String> actor() {
    return Optional.ofNullable(ACTOR.get());
  }

  /** The staff member behind an impersonated request. */
  public static Optional<String> impersonator() {
    return Optional.ofNullable(IMPERSONATOR.get());
  }
}
