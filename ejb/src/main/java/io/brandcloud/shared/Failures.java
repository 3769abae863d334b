package io.brandcloud.shared;

import jakarta.ejb.EJBException;

/** What went wrong, in one line for a log or a row's {@code last_error}. */
public final class Failures {

  private Failures() {}

  /** The innermost cause that says something, past the container's wrappers. */
  public static String describe(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof EJBException || cause.getMessage() == null)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String name = cause.getClass().getSimpleName();
    return cause.getMessage() == null ? name : name + ": " + cause.getMessage();
  }
}
