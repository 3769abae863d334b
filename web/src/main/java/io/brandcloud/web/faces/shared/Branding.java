package io.brandcloud.web.faces.shared;

import io.brandcloud.tenancy.Brand;
import io.brandcloud.web.edge.Edge;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;

/** The look of the current page: the tenant's brand, or the platform's own. */
@Named
@RequestScoped
public class Branding {

  @Inject HttpServletRequest request;

  public Brand brand() {
    return edge().map(Edge::brand).orElse(Edge.PLATFORM_BRAND);
  }

  public String getProductName() {
    return brand().productName();
  }

  public String getPrimaryColor() {
    return brand().primaryColor();
  }

  /** Black or white, whichever reads on the brand colour (WCAG AA). */
  public String getTextOnPrimary() {
    return brand().textOnPrimary();
  }

  /** The brand colour as text on the page, moved as far as it must be to read. */
  public String getPrimaryAsText() {
    return brand().primaryAsText();
  }

  /** The colour of links and of what is chosen: the brand's accent, else its primary colour. */
  public String getAccentColor() {
    return brand().accent();
  }

  public String getTextOnAccent() {
    return brand().textOnAccent();
  }

  /** The accent as link text on the pages, changed as far as it must be to read. */
  public String getAccentAsText() {
    return brand().accentAsText();
  }

  /** Whether the portal's pages are dark (the brand's choice). */
  public boolean isDark() {
    return brand().dark();
  }

  /** An outside image's address, or the panel's own for a logo the tenant's admin uploaded. */
  public String getLogoUrl() {
    return brand().logoUrlBelow(url(""));
  }

  /**
   * The tab icon the tenant's admin uploaded, else the one drawn in the brand's colour ({@link
   * io.brandcloud.web.edge.Favicon}).
   */
  public String getFaviconUrl() {
    Brand brand = brand();
    if (brand.iconUrl() != null) {
      return url(brand.iconUrl());
    }
    // a new colour or name is a new address: browsers keep the icon for an hour
    return url(
        "/favicon.svg?v="
            + Integer.toHexString(Objects.hash(brand.productName(), brand.primaryColor())));
  }

  /** Whether the page is the platform's own, outside every tenant. */
  public boolean isPlatform() {
    return edge().map(Edge::isPlatform).orElse(true);
  }

  public String getTenantName() {
    return edge().flatMap(Edge::tenant).map(t -> t.name()).orElse("Brandcloud platform");
  }

  /** A link to a page of this tenant (or of the platform), keeping the {@code /t/{slug}} prefix. */
  public String url(String path) {
    String base = edge().map(Edge::basePath).orElse("");
    return request.getContextPath() + base + path;
  }

  /**
   * {@code next} when it names a page of this portal (the page a visitor was on the way to), never
   * another host or portal.
   */
  public java.util.Optional<String> ownPage(String next) {
    return edge()
        .flatMap(
            e -> io.brandcloud.web.edge.LoginReturn.safeNext(next, e, request.getContextPath()));
  }

  /** A page of this portal with the page to come back to afterwards, if there is one. */
  public String urlReturningTo(String path, String next) {
    return ownPage(next)
        .map(page -> io.brandcloud.web.edge.LoginReturn.withNext(url(path), page))
        .orElse(url(path));
  }

  /** The tab icon's media type, which browsers want named. */
  public String getFaviconType() {
    return brand().iconUrl() != null ? "image/png" : "image/svg+xml";
  }

  /** A file under {@code /assets/}, at the address that names the version of them all. */
  public String asset(String path) {
    return url(io.brandcloud.web.edge.VersionedAssets.path(request.getServletContext(), path));
  }

  /** The absolute address of this portal, for links sent by e-mail. */
  public String absoluteBase() {
    return io.brandcloud.web.edge.PortalUrls.base(request, edge().orElseThrow());
  }

  /**
   * This page's address as search engines should file it, the home page as {@code /} however it was
   * reached; a page that one parameter picks (a legal page) adds it to this.
   */
  public String getCanonicalUrl() {
    return edge()
        .filter(e -> e.tenant().isPresent())
        .map(e -> absoluteBase() + ("/index.xhtml".equals(e.innerPath()) ? "/" : e.innerPath()))
        .orElse("");
  }

  private java.util.Optional<Edge> edge() {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    return edge instanceof Edge resolved
        ? java.util.Optional.of(resolved)
        : java.util.Optional.empty();
  }
}
