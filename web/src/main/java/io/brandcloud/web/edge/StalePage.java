package io.brandcloud.web.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The answer to a form sent from a page the server no longer holds (its view expired, or it was
 * never ours): 400, in the portal's brand and the visitor's language, with a link that opens the
 * page again.
 */
public final class StalePage {

  private StalePage() {}

  public static void write(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    if (request.getAttribute(Edge.ATTRIBUTE) instanceof Edge edge) {
      BrandedPage.write(
          request, response, edge.brand(), edge.basePath(), "errors.expired", edge.innerPath());
    } else {
      BrandedPage.write(request, response, Edge.PLATFORM_BRAND, "", "errors.expired", null);
    }
  }
}
