package io.brandcloud.web.edge;

/** The parts of the application, each with the group a caller needs to enter it (null: anyone). */
public enum Area {
  PLATFORM_PUBLIC(null),
  PLATFORM("platform-operator"),
  PORTAL_PUBLIC(null),
  CUSTOMER("customer"),
  /** Reseller staff; each page and action checks the staff role further. */
  TENANT_ADMIN("staff"),
  API(null),
  RESOURCE(null),
  /** Not served by Brandcloud's Faces views or API (e.g. other servlets): the container answers. */
  UNMANAGED(null);

  private final String requiredGroup;

  Area(String requiredGroup) {
    this.requiredGroup = requiredGroup;
  }

  public String requiredGroup() {
    return requiredGroup;
  }

  /**
   * The area of a path inside a tenant (after the {@code /t/{slug}} prefix is removed); null for
   * the platform's own paths, which do not exist inside a tenant.
   */
  public static Area ofTenantPath(String path) {
    if (path.startsWith("/platform/")
        || path.equals("/platform")
        || path.startsWith("/api/platform/")) {
      return null;
    }
    if (isPrivate(path)) {
      return null; // a forward could otherwise reach what the container never serves directly
    }
    if (isStaticFile(path)) {
      return RESOURCE;
    }
    if (path.startsWith("/api/")) {
      return API;
    }
    if (path.startsWith("/portal/")) {
      return CUSTOMER;
    }
    if (path.startsWith("/admin/")) {
      return TENANT_ADMIN;
    }
    return PORTAL_PUBLIC;
  }

  /**
   * Faces resources, the favicon, the uploaded logo and tab icon, and the browser modules served as
   * files ({@code /assets/}).
   */
  private static boolean isStaticFile(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/assets/")
        || path.startsWith("/brand/logo-")
        || path.startsWith("/brand/icon-")
        || isFavicon(path);
  }

  private static boolean isFavicon(String path) {
    return path.equals("/favicon.svg") || path.equals("/favicon.ico");
  }

  private static boolean isPrivate(String path) {
    String upper = path.toUpperCase(java.util.Locale.ROOT);
    return upper.startsWith("/WEB-INF")
        || upper.startsWith("/META-INF")
        || path.contains("/..")
        || path.contains("/./")
        || path.contains("\\");
  }

  /**
   * The area of a path on the platform host: the console, the platform API, or a path none of our
   * views or resources serve. Null for tenant paths reached without a tenant, which are 404.
   */
  public static Area ofPlatformPath(String path) {
    if (path.equals("/platform/login.xhtml") || isStaticFile(path)) {
      return PLATFORM_PUBLIC;
    }
    if (path.startsWith("/api/platform/")) {
      return API;
    }
    if (path.equals("/platform") || path.startsWith("/platform/")) {
      return PLATFORM;
    }
    if (path.endsWith(".xhtml") || path.startsWith("/api/") || path.startsWith("/t/")) {
      return null;
    }
    return UNMANAGED;
  }
}
