package io.brandcloud.web.edge;

import jakarta.servlet.http.HttpServletRequest;

/** Absolute addresses of a tenant's portal as its user reached it, for links in e-mails. */
public final class PortalUrls {

  private PortalUrls() {}

  public static String base(HttpServletRequest request, Edge edge) {
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + edge.basePath();
  }
}
