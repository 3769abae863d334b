package io.brandcloud.web.edge;

import io.brandcloud.shared.PublicUrls;
import io.brandcloud.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Absolute addresses of a tenant's portal, for links in e-mails. They come from configuration,
 * never from the request: a forged {@code Host} header would otherwise put an attacker's host into
 * a password-reset link mailed to the victim.
 */
public final class PortalUrls {

  private PortalUrls() {}

  public static String base(HttpServletRequest request, Edge edge) {
    TenantContext tenant =
        edge.tenant().orElseThrow(() -> new IllegalStateException("No tenant on " + edge));
    if (edge.basePath().isEmpty()) {
      // EdgeResolver matched this host against the tenant's configured domains.
      return PublicUrls.onDomain(request.getServerName().toLowerCase(Locale.ROOT));
    }
    return PublicUrls.portal(tenant.slug());
  }
}
