package io.brandcloud.shared;

import io.brandcloud.tenancy.TenantContext;
import java.net.URI;

/**
 * Where the panel is reached from outside, for links in mail: {@code BRANDCLOUD_PUBLIC_URL}, by
 * default {@code http://localhost:8080}. Links are built from it (or from a tenant's configured
 * domain with its scheme and port), never from a request's {@code Host} header.
 */
public final class PublicUrls {

  private PublicUrls() {}

  public static final String VARIABLE = "BRANDCLOUD_PUBLIC_URL";

  public static boolean configured() {
    String url = System.getenv(VARIABLE);
    return url != null && !url.isBlank();
  }

  public static String base() {
    String url = configured() ? System.getenv(VARIABLE).trim() : "http://localhost:8080";
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** A tenant's portal on the platform host. */
  public static String portal(String slug) {
    return base() + "/t/" + slug;
  }

  /**
   * A tenant's portal as its mail and messages link to it: on its own domain once it has one, else
   * on the platform host.
   */
  public static String portal(TenantContext tenant) {
    return tenant.ownDomain() == null ? portal(tenant.slug()) : onDomain(tenant.ownDomain());
  }

  /** A tenant's invoices page, where mails about invoices and credit notes send the customer. */
  public static String invoices(TenantContext tenant) {
    return portal(tenant) + "/portal/invoices.xhtml";
  }

  /** A tenant's wallet page, where mails about bookings and refunds send the customer. */
  public static String wallet(TenantContext tenant) {
    return portal(tenant) + "/portal/wallet.xhtml";
  }

  /** A server's page in a tenant's portal, where mails about the server send the customer. */
  public static String server(TenantContext tenant, long serverId) {
    return portal(tenant) + "/portal/server.xhtml?id=" + serverId;
  }

  /** Where an endpoint's owner manages webhooks: the admin page for staff, else the portal's. */
  public static String webhooks(TenantContext tenant, boolean staff) {
    return portal(tenant) + (staff ? "/admin/webhooks.xhtml" : "/portal/webhooks.xhtml");
  }

  /** A tenant's portal on one of its own domains, with the platform's scheme and port. */
  public static String onDomain(String domain) {
    URI platform = URI.create(base());
    return platform.getScheme()
        + "://"
        + domain
        + (platform.getPort() < 0 ? "" : ":" + platform.getPort());
  }
}
