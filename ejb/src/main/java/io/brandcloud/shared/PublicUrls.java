package io.brandcloud.shared;

/**
 * Where the panel is reached from outside, for links in mail that no request asked for (invoices,
 * warnings): {@code BRANDCLOUD_PUBLIC_URL}, by default {@code http://localhost:8080}.
 */
public final class PublicUrls {

  private PublicUrls() {}

  public static String base() {
    String url = System.getenv().getOrDefault("BRANDCLOUD_PUBLIC_URL", "http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** A tenant's portal on the platform host. */
  public static String portal(String slug) {
    return base() + "/t/" + slug;
  }
}
