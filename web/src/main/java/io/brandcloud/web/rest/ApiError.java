package io.brandcloud.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The body of every API error. */
public record ApiError(Body error) {

  /** Code, human message and optional details (e.g. the field at fault). */
  public record Body(String code, String message, Map<String, Object> details) {}

  public static Response response(
      int status, String code, String message, Map<String, Object> details) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(new Body(code, message, details)))
        .build();
  }
}
