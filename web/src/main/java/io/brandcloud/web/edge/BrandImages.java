package io.brandcloud.web.edge;

import io.brandcloud.platform.application.OwnBrand;
import io.brandcloud.platform.domain.BrandImage;
import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * The logo and tab icon a tenant's admin uploaded, served by the panel so its pages'
 * Content-Security-Policy allows them. Their addresses carry their digests, so browsers keep them
 * for good; the address of an image replaced or removed since is not found.
 */
@WebServlet(urlPatterns = "/brand/*")
public class BrandImages extends HttpServlet {

  private static final String A_YEAR = "public, max-age=31536000, immutable";

  @EJB OwnBrand brands;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    Optional<TenantContext> tenant =
        edge instanceof Edge resolved ? resolved.tenant() : Optional.empty();
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    Optional<BrandImage> image =
        tenant.flatMap(
            t ->
                kindAt(t.brand(), path)
                    .flatMap(kind -> brands.imageOf(t.tenantId(), kind))
                    .filter(i -> i.path().equals(path)));
    if (image.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType("image/png");
    response.setHeader("Cache-Control", A_YEAR);
    response.setContentLength(image.get().png().length);
    response.getOutputStream().write(image.get().png());
  }

  /** Which of the brand's images is at this address now, if any. */
  private static Optional<BrandImage.Kind> kindAt(Brand brand, String path) {
    if (path.equals(brand.logoUrl())) {
      return Optional.of(BrandImage.Kind.LOGO);
    }
    return path.equals(brand.iconUrl()) ? Optional.of(BrandImage.Kind.ICON) : Optional.empty();
  }
}
