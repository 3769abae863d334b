package io.brandcloud.web.edge;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error pages (web.xml sends every error status here), in the brand of the portal
 * the failed request was for and in the visitor's language.
 */
@WebServlet("/error-page")
public class ErrorPages extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    Edge resolved = edge instanceof Edge known ? known : null;
    String basePath = resolved == null ? "" : resolved.basePath();
    boolean platform = resolved == null || resolved.isPlatform();
    String key = "errors." + kind(request);
    String link = platform ? "/platform/dashboard.xhtml" : "/index.xhtml";
    BrandedPage.write(
        request,
        response,
        resolved == null ? Edge.PLATFORM_BRAND : resolved.brand(),
        basePath,
        key,
        link);
  }

  private static String kind(HttpServletRequest request) {
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int code = status instanceof Integer number ? number : 500;
    return switch (code) {
      case 400 -> "badRequest";
      case 403 -> "forbidden";
      case 404 -> "notFound";
      default -> "failed";
    };
  }
}
