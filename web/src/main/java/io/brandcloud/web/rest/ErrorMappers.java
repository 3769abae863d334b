package io.brandcloud.web.rest;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/** Turns every failure into the API's error model; nothing leaves as a stack trace. */
public final class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

  private ErrorMappers() {}

  /** Expected business failures carry their own status. */
  @Provider
  public static class Business implements ExceptionMapper<BrandcloudException> {
    @Override
    public Response toResponse(BrandcloudException e) {
      Response response =
          ApiError.response(e.code().httpStatus(), e.code().apiCode(), e.getMessage(), e.details());
      if (e.details().get(BrandcloudException.RETRY_AFTER_SECONDS) instanceof Number seconds) {
        response.getHeaders().putSingle("Retry-After", seconds.longValue());
      }
      return response;
    }
  }

  /** Bodies that are not JSON, or not the JSON we expect. */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return valueRefused(e).orElseGet(ErrorMappers::invalidBody);
    }
  }

  /** JSON-B failures that surface unwrapped. */
  @Provider
  public static class JsonBinding implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return valueRefused(e).orElseGet(ErrorMappers::invalidBody);
    }
  }

  private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");

  /** A value of the wrong form, and the field it was given for. */
  record ValueRefusal(String field, String message) {}

  /**
   * A number or yes-or-no of the wrong form ({@link StrictNumbers}): 400 naming the field, which
   * Yasson names in the message it wraps the refusal in.
   */
  static Optional<Response> valueRefused(Throwable failure) {
    return refusedValue(failure)
        .map(
            refusal ->
                ApiError.response(
                    ErrorCode.INVALID_INPUT.httpStatus(),
                    ErrorCode.INVALID_INPUT.apiCode(),
                    refusal.field() + ": " + refusal.message(),
                    Map.of("field", refusal.field())));
  }

  static Optional<ValueRefusal> refusedValue(Throwable failure) {
    String field = null;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (field == null && property.find()) {
        field = property.group(1);
      }
      if (t instanceof StrictNumbers.Refused refused) {
        return Optional.of(
            new ValueRefusal(field == null ? "(the body)" : field, refused.getMessage()));
      }
    }
    return Optional.empty();
  }

  static Response invalidBody() {
    return ApiError.response(
        400, "invalid_body", "The request body is not valid JSON for this call", Map.of());
  }

  /** Routing and protocol errors from JAX-RS itself (404, 405, 415, ...). */
  @Provider
  public static class Protocol implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 500) {
        LOG.error("API request failed", e);
        return ApiError.response(
            500, "internal_error", "Something went wrong on our side", Map.of());
      }
      String code =
          Response.Status.fromStatusCode(status) == null
              ? "http_" + status
              : Response.Status.fromStatusCode(status).name().toLowerCase(Locale.ROOT);
      Response answer = ApiError.response(status, code, ownWords(status), Map.of());
      String allow = e.getResponse().getHeaderString("Allow");
      if (allow == null) {
        return answer;
      }
      return Response.fromResponse(answer).header("Allow", allow).build();
    }

    /** The framework's messages carry its own message ids (RESTEASY003650): never passed on. */
    static String ownWords(int status) {
      return switch (status) {
        case 404 -> "Not found";
        case 405 -> "This method is not allowed here; see the Allow header";
        case 406 -> "This call answers application/json";
        case 415 -> "Send the body as application/json";
        default ->
            Response.Status.fromStatusCode(status) == null
                ? "The request was refused"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
      };
    }
  }

  /** Anything else is our fault: logged, and answered without internals. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof BrandcloudException)) {
        cause = cause.getCause();
      }
      if (cause instanceof BrandcloudException business) {
        return new Business().toResponse(business);
      }
      LOG.error("API request failed", e);
      return ApiError.response(500, "internal_error", "Something went wrong on our side", Map.of());
    }
  }
}
