package io.brandcloud.web.rest;

import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.shared.ErrorCode;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Reads request bodies up front: anything larger than {@value #MAX_BYTES} bytes (or, for the one
 * endpoint that takes an image, {@value #MAX_IMAGE_BYTES}) is refused with 413 before it reaches
 * binding, and the bytes stay available for the idempotency check.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
public class RequestBodyFilter implements ContainerRequestFilter {

  public static final int MAX_BYTES = 64 * 1024;
  public static final int MAX_IMAGE_BYTES = SellerProfile.MAX_LOGO_BYTES;
  public static final String BODY = RequestBodyFilter.class.getName() + ".body";

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      request.setProperty(BODY, new byte[0]);
      return;
    }
    int limit = isImage(request.getMediaType()) ? MAX_IMAGE_BYTES : MAX_BYTES;
    if (request.getLength() > limit) {
      abort(request, limit);
      return;
    }
    byte[] body;
    try (InputStream in = request.getEntityStream()) {
      body = in.readNBytes(limit + 1);
    }
    if (body.length > limit) {
      abort(request, limit);
      return;
    }
    request.setProperty(BODY, body);
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  private static boolean isImage(MediaType type) {
    return type != null && "image".equals(type.getType());
  }

  private static void abort(ContainerRequestContext request, int limit) {
    request.abortWith(
        ApiError.response(
            ErrorCode.PAYLOAD_TOO_LARGE.httpStatus(),
            ErrorCode.PAYLOAD_TOO_LARGE.apiCode(),
            ErrorCode.PAYLOAD_TOO_LARGE.message(limit),
            Map.of("maxBytes", limit)));
  }
}
