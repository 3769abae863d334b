package io.brandcloud.web.edge;

import io.brandcloud.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * The id that ties a request's log lines, its audit entries and any work it starts together. A
 * caller (or the proxy in front) may bring its own in {@code X-Request-Id}, so one id follows the
 * request through every system; one that is not a short token is replaced, never trusted. The
 * answer names the id it was served under.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  /** The id a request brought, when it is a short token, else a new one. */
  static String accept(String brought) {
    return brought != null && TOKEN.matcher(brought).matches()
        ? brought
        : TenantContext.newRequestId();
  }

  /** The id of a request, as the edge settled it before any filter ran. */
  public static String of(HttpServletRequest request) {
    return accept(request.getHeader(HEADER));
  }
}
