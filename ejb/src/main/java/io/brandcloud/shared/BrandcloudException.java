package io.brandcloud.shared;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * An expected business failure: rolls back the transaction, reaches the caller unwrapped, and maps
 * to a 4xx with the project's error model (REST) or a Faces message (UI).
 */
@ApplicationException(rollback = true)
public class BrandcloudException extends RuntimeException {

  /**
   * The detail of a refusal that passes with time (a login lock); the API sends it as Retry-After.
   */
  public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

  private final ErrorCode code;
  private final transient Map<String, Object> details;

  public BrandcloudException(ErrorCode code, Object... args) {
    this(code, Map.of(), args);
  }

  public BrandcloudException(ErrorCode code, Map<String, Object> details, Object... args) {
    super(code.message(args));
    this.code = code;
    this.details = Map.copyOf(details);
  }

  public static BrandcloudException invalid(String field, String message) {
    return new BrandcloudException(ErrorCode.INVALID_INPUT, Map.of("field", field), message);
  }

  public static BrandcloudException notFound(String what) {
    return new BrandcloudException(ErrorCode.NOT_FOUND, what);
  }

  public ErrorCode code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }
}
