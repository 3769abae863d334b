package io.brandcloud.web.rest;

import io.brandcloud.shared.BrandcloudException;

/** What every resource that takes a JSON body checks first: that there is one. */
public final class RequestBodies {

  private RequestBodies() {}

  /** The body, or a 400 {@code invalid_input} naming {@code body} when the request had none. */
  public static <T> T require(T body) {
    if (body == null) {
      throw BrandcloudException.invalid("body", "A JSON body is required");
    }
    return body;
  }
}
