package io.brandcloud.web.edge;

import io.brandcloud.tenancy.Brand;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Each portal's browser-tab icon: the first letter of its product name on its brand colour, in
 * black or white as reads best, drawn as SVG so no tenant has to upload one; a portal whose admin
 * uploaded one sends the browser to it.
 */
@WebServlet(urlPatterns = {"/favicon.svg", "/favicon.ico"})
public class Favicon extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    Brand brand = edge instanceof Edge resolved ? resolved.brand() : Edge.PLATFORM_BRAND;
    if (brand.iconUrl() != null && edge instanceof Edge resolved) {
      response.sendRedirect(request.getContextPath() + resolved.basePath() + brand.iconUrl());
      return;
    }
    response.setContentType("image/svg+xml;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.getWriter().write(svg(brand));
  }

  static String svg(Brand brand) {
    String name = brand.productName().strip();
    String initial =
        name.isEmpty()
            ? ""
            : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\">"
        + "<rect width=\"32\" height=\"32\" rx=\"6\" fill=\""
        + Html.escape(brand.primaryColor())
        + "\"/><text x=\"16\" y=\"23\" font-family=\"sans-serif\" font-size=\"20\""
        + " font-weight=\"700\" fill=\""
        + brand.textOnPrimary()
        + "\" text-anchor=\"middle\">"
        + Html.escape(initial)
        + "</text></svg>";
  }
}
