package io.brandcloud.web.edge;

import io.brandcloud.shared.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The answer to a request whose path or query is not plain text: 400, in the API's error model on
 * API paths and as the bad-request page elsewhere.
 */
final class MalformedRequest {

  private static final String API_BODY =
      "{\"error\":{\"code\":\""
          + ErrorCode.INVALID_INPUT.apiCode()
          + "\",\"message\":\"The path or query has a control character or is not valid UTF-8\","
          + "\"details\":{}}}";

  private MalformedRequest() {}

  static void refuse(boolean api, HttpServletResponse response) throws IOException {
    if (!api) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json;charset=UTF-8");
    response.getWriter().write(API_BODY);
  }
}
