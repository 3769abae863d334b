package io.brandcloud.web.edge;

import java.util.regex.Pattern;

/** The route of a request that is not the API's: a page's view id, or a fixed name. */
final class RequestRoutes {

  static final String UNMATCHED = "unmatched";
  private static final Pattern TENANT_PREFIX = Pattern.compile("^/t/[a-z0-9-]+(?=/|$)");
  private static final Pattern PAGE = Pattern.compile("^(/[A-Za-z0-9_-]+)+\\.xhtml$");
  private static final String FACES_RESOURCES = "/jakarta.faces.resource";

  private RequestRoutes() {}

  static String ofPage(String path, int status) {
    String inner = TENANT_PREFIX.matcher(path).replaceFirst("");
    if (inner.isEmpty() || inner.equals("/")) {
      return "/";
    }
    if (inner.startsWith(FACES_RESOURCES + "/")) {
      return FACES_RESOURCES;
    }
    if (status == 404 || status == 405) {
      return UNMATCHED;
    }
    if (PAGE.matcher(inner).matches()) {
      return inner;
    }
    if (inner.startsWith("/api/")) {
      return "/api";
    }
    return "other";
  }
}
