package io.brandcloud.web.edge;

/**
 * The path a cookie is sent back on. On the platform host every tenant's portal and the console
 * share one origin, so a login cookie set under {@code /t/acme/} must not travel to {@code
 * /t/globex/} or to {@code /platform/}; on a tenant's own domain the whole host is that tenant's.
 */
public final class CookieScope {

  private CookieScope() {}

  public static String pathFor(String contextPath, Edge edge) {
    String context = contextPath == null || contextPath.equals("/") ? "" : contextPath;
    if (edge.tenant().isPresent()) {
      return context + edge.basePath() + "/";
    }
    return context + "/platform/";
  }

  /** Whether a cookie's own path is the container's default, which we narrow. */
  public static boolean isDefault(String cookiePath, String contextPath) {
    String context = contextPath == null || contextPath.isEmpty() ? "/" : contextPath;
    return cookiePath == null
        || cookiePath.isEmpty()
        || cookiePath.equals("/")
        || cookiePath.equals(context)
        || cookiePath.equals(context + "/");
  }
}
