package io.brandcloud.web.rest.support;

import io.brandcloud.support.tickets.application.AttachmentFile;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a ticket's file leaves the panel: always as a download, typed by its checked content, and
 * never sniffed into something a browser would run.
 */
final class FileResponses {

  private FileResponses() {}

  static Response download(AttachmentFile file) {
    return Response.ok(file.content(), file.contentType())
        .header("Content-Disposition", disposition(file.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  static Response pdf(byte[] pdf, String fileName) {
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", disposition(fileName))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** The name as ASCII for old clients and exactly, percent-encoded, for the rest (RFC 6266). */
  private static String disposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
