package io.brandcloud.web.edge;

import io.brandcloud.platform.application.OwnBrand;
import io.brandcloud.platform.domain.BrandLogo;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The logo a tenant's admin uploaded, served by the panel so its pages' Content-Security-Policy
 * allows it. Its address carries its digest, so browsers keep it for good; an address of a logo
 * replaced or removed since is not found.
 */
@WebServlet(urlPatterns = "/brand/*")
public class BrandLogoImage extends HttpServlet {

  private static final String A_YEAR = "public, max-age=31536000, immutable";

  @EJB OwnBrand brands;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    Optional<TenantContext> tenant =
        edge instanceof Edge resolved ? resolved.tenant() : Optional.empty();
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    Optional<BrandLogo> logo =
        tenant
            .filter(t -> path.equals(t.brand().logoUrl()))
            .flatMap(t -> brands.logoOf(t.tenantId()))
            .filter(l -> l.path().equals(path));
    if (logo.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/png");
    response.setHeader("Cache-Control", A_YEAR);
    response.setContentLength(logo.get().png().length);
    response.getOutputStream().write(logo.get().png());
  }
}
