package io.brandcloud.web.rest;

import io.brandcloud.shared.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads request bodies up front: anything larger than {@value #MAX_BYTES} bytes is refused with 413
 * before it reaches JSON binding, and the bytes stay available for the idempotency check.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
public class RequestBodyFilter implements ContainerRequestFilter {

  public static final int MAX_BYTES = 64 * 1024;
  public static final String BODY = RequestBodyFilter.class.getName() + ".body";

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      request.setProperty(BODY, new byte[0]);
      return;
    }
    if (request.getLength() > MAX_BYTES) {
      abort(request);
      return;
    }
    byte[] body;
    try (InputStream in = request.getEntityStream()) {
      body = in.readNBytes(MAX_BYTES + 1);
    }
    if (body.length > MAX_BYTES) {
      abort(request);
      return;
    }
    request.setProperty(BODY, body);
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  private static void abort(ContainerRequestContext request) {
    request.abortWith(
        ApiError.response(
            ErrorCode.PAYLOAD_TOO_LARGE.httpStatus(),
            ErrorCode.PAYLOAD_TOO_LARGE.apiCode(),
            ErrorCode.PAYLOAD_TOO_LARGE.message(MAX_BYTES),
            Map.of("maxBytes", MAX_BYTES)));
  }
}
