package io.brandcloud.web.edge;

/** The parts of the application, each with the group a caller needs to enter it (null: anyone). */
public enum Area {
  PLATFORM_PUBLIC(null),
  PLATFORM("platform-operator"),
  PORTAL_PUBLIC(null),
  CUSTOMER("customer"),
  TENANT_ADMIN("tenant-admin"),
  API(null),
  RESOURCE(null);

  private final String requiredGroup;

  Area(String requiredGroup) {
    this.requiredGroup = requiredGroup;
  }

  public String requiredGroup() {
    return requiredGroup;
  }

  /** The area of a path inside a tenant (after the {@code /t/{slug}} prefix is removed). */
  public static Area ofTenantPath(String path) {
    if (path.startsWith("/jakarta.faces.resource/")) {
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

  /** The area of a platform path, or null when the path is not part of the platform. */
  public static Area ofPlatformPath(String path) {
    if (path.equals("/platform/login.xhtml") || path.startsWith("/jakarta.faces.resource/")) {
      return PLATFORM_PUBLIC;
    }
    if (path.startsWith("/api/platform/")) {
      return API;
    }
    if (path.equals("/platform") || path.startsWith("/platform/")) {
      return PLATFORM;
    }
    return null;
  }
}
