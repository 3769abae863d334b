package io.brandcloud.web.edge;

import io.brandcloud.shared.ErrorCode;
import io.brandcloud.tenancy.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** What visitors of a suspended tenant see instead of its portal, and what its API answers. */
final class SuspendedPage {

  private static final String API_BODY =
      "{\"error\":{\"code\":\""
          + ErrorCode.TENANT_SUSPENDED.apiCode()
          + "\",\"message\":\""
          + ErrorCode.TENANT_SUSPENDED.message()
          + "\",\"details\":{}}}";

  private SuspendedPage() {}

  static void write(
      Edge edge, TenantContext tenant, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    if (edge.area() == Area.API) {
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write(API_BODY);
      return;
    }
    BrandedPage.write(request, response, tenant.brand(), edge.basePath(), "errors.suspended", null);
  }
}
