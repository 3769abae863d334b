package io.brandcloud.web.rest;

import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.support.tickets.domain.AttachmentCheck;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads request bodies up front: anything larger than {@value #MAX_BYTES} bytes (or, for the one
 * endpoint that takes an image, {@value #MAX_IMAGE_BYTES}, and for a file attached to a ticket
 * {@value #MAX_ATTACHMENT_BYTES}) is refused with 413 before it reaches binding, a JSON body whose
 * strings hold control characters or that is not valid in its charset with 400 (see {@link
 * JsonText}), and the bytes stay available for the idempotency check.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION + 1)
public class RequestBodyFilter implements ContainerRequestFilter {

  public static final int MAX_BYTES = 64 * 1024;
  public static final int MAX_IMAGE_BYTES = SellerProfile.MAX_LOGO_BYTES;
  public static final int MAX_ATTACHMENT_BYTES = AttachmentCheck.MAX_BYTES;
  private static final Pattern ATTACHMENT_PATH =
      Pattern.compile("(^|/)v1/(admin/)?tickets/[0-9]+/attachments$");
  public static final String BODY = RequestBodyFilter.class.getName() + ".body";

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      request.setProperty(BODY, new byte[0]);
      return;
    }
    int limit =
        isAttachment(request)
            ? MAX_ATTACHMENT_BYTES
            : isImage(request.getMediaType()) ? MAX_IMAGE_BYTES : MAX_BYTES;
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
    if ((isJson(request.getMediaType()) || isWebhook(request)) && JsonText.nestedTooDeep(body)) {
      request.abortWith(refused(JsonText.tooDeep()));
      return;
    }
    if (isJson(request.getMediaType()) && !isDiscordInteraction(request)) {
      Optional<JsonText.Refusal> refusal = checkText(request.getMediaType(), body);
      if (refusal.isPresent()) {
        request.abortWith(refused(refusal.get()));
        return;
      }
    }
    request.setProperty(BODY, body);
    request.setEntityStream(new ByteArrayInputStream(body));
  }

  /**
   * Discord shows "interaction failed" for any answer but its own, and a nickname or channel topic
   * anywhere in an interaction may hold characters our texts refuse: the signature is checked
   * first, and only the answer's text is checked, where it is taken.
   */
  private static boolean isDiscordInteraction(ContainerRequestContext request) {
    return request.getUriInfo().getPath().endsWith("v1/webhooks/discord/interactions");
  }

  /** Gateways and Discord post here whatever their content type says. */
  private static boolean isWebhook(ContainerRequestContext request) {
    return request.getUriInfo().getPath().contains("v1/webhooks/");
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && "application".equals(type.getType())
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  private static Optional<JsonText.Refusal> checkText(MediaType type, byte[] body) {
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      return JsonText.check(
          body, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
    } catch (IllegalArgumentException e) {
      return Optional.of(new JsonText.Refusal(null, "The charset '" + charset + "' is unknown"));
    }
  }

  private static Response refused(JsonText.Refusal refusal) {
    if (refusal.field() == null) {
      return ApiError.response(400, "invalid_body", refusal.message(), Map.of());
    }
    return ApiError.response(
        ErrorCode.INVALID_INPUT.httpStatus(),
        ErrorCode.INVALID_INPUT.apiCode(),
        refusal.message(),
        Map.of("field", refusal.field()));
  }

  private static boolean isAttachment(ContainerRequestContext request) {
    return "POST".equals(request.getMethod())
        && ATTACHMENT_PATH.matcher(request.getUriInfo().getPath()).find();
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
