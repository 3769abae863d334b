package io.brandcloud.web.edge;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.privacy.application.DataExports;
import io.brandcloud.privacy.application.DataExports.Download;
import io.brandcloud.shared.BrandcloudException;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The link a data export's mail carries: the person logs in (the portal asks first, then comes back
 * here) and gets the ZIP, chunk by chunk, each read in its own short transaction so a slow download
 * holds no connection. A link that is wrong, someone else's, used or run out goes to the account
 * page, which says so and offers a new copy.
 */
@WebServlet(urlPatterns = "/portal/data-export")
public class DataExportDownloads extends HttpServlet {

  @EJB DataExports exports;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Caller caller = CurrentCaller.require();
    if (caller.userId() == null || caller.impersonator() != null) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    Download download;
    try {
      download = exports.open(caller.userId(), request.getParameter("token"));
    } catch (BrandcloudException refused) {
      Edge edge = (Edge) request.getAttribute(Edge.ATTRIBUTE);
      response.sendRedirect(
          request.getContextPath() + edge.basePath() + "/account.xhtml?dataExport=invalid");
      return;
    }
    response.setContentType("application/zip");
    response.setContentLengthLong(download.size());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"");
    response.setHeader("Cache-Control", "no-store");
    try {
      OutputStream out = response.getOutputStream();
      for (int position = 0; position < download.chunks(); position++) {
        out.write(exports.chunk(download, position));
      }
      out.flush();
    } catch (IOException | RuntimeException broken) {
      // a download that broke off leaves the link working, for the person to try again
      exports.notSent(download);
      throw broken;
    }
    exports.sent(download);
  }

  /** A HEAD request (a link checker, a mail filter) must not use the link up. */
  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
