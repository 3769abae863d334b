package io.brandcloud.web.edge;

import io.brandcloud.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What visitors of a suspended tenant see instead of its portal. */
final class SuspendedPage {

  private SuspendedPage() {}

  static void write(TenantContext tenant, HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    String name = Html.escape(tenant.brand().productName());
    response
        .getWriter()
        .write(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                + name
                + " is suspended</title></head><body style=\"font-family:sans-serif;margin:4em\">"
                + "<h1 style=\"color:"
                + tenant.brand().primaryColor()
                + "\">"
                + name
                + "</h1><p>This portal is suspended. Please contact its provider.</p></body></html>");
  }
}
