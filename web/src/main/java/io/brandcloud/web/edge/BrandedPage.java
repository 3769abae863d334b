package io.brandcloud.web.edge;

import io.brandcloud.tenancy.Brand;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A page the edge answers itself (errors, a suspended portal): in the portal's brand and the
 * visitor's language, with no Faces view behind it, so it renders even when the view layer failed.
 */
final class BrandedPage {

  private BrandedPage() {}

  /**
   * Writes the page with title and text from {@code <key>.title} and {@code <key>.text}, and a link
   * to {@code linkPath} (inside the portal) labelled {@code <key>.link} when given.
   */
  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      Brand brand,
      String basePath,
      String key,
      String linkPath)
      throws IOException {
    write(request, response, brand, basePath, key, linkPath, null);
  }

  /** As above, with the words of the people who run the portal in a paragraph of their own. */
  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      Brand brand,
      String basePath,
      String key,
      String linkPath,
      String ownWords)
      throws IOException {
    write(request, response, brand, basePath, key, linkPath, ownWords, null);
  }

  /** As above, with a sentence of its own after the text (such as when the page ends). */
  static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      Brand brand,
      String basePath,
      String key,
      String linkPath,
      String ownWords,
      String note)
      throws IOException {
    Locale language = PortalTexts.languageOf(request.getLocales());
    String product = Html.escape(brand.productName());
    String title = Html.escape(PortalTexts.text(key + ".title", language));
    String prefix = request.getContextPath() + basePath;
    StringBuilder page =
        new StringBuilder("<!DOCTYPE html><html lang=\"")
            .append(language.getLanguage())
            .append("\"><head><meta charset=\"utf-8\">")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<title>")
            .append(title)
            .append(" · ")
            .append(product)
            .append("</title><link rel=\"icon\" href=\"")
            .append(Html.escape(prefix + "/favicon.svg"))
            .append("\"><style>body{margin:0;font-family:system-ui,sans-serif;")
            .append("background:")
            .append(brand.pageColor())
            .append(brand.dark() ? ";color:#e6e8eb}" : "}")
            .append("header{background:")
            .append(Html.escape(brand.primaryColor()))
            .append(";color:")
            .append(Html.escape(brand.textOnPrimary()))
            .append(";padding:.75rem 1rem;font-weight:700;font-size:1.2rem}")
            .append("main{max-width:40rem;margin:2rem auto;padding:0 1rem}")
            .append("a{color:")
            .append(Html.escape(brand.primaryAsText()))
            .append(
                "}header img{height:32px;max-width:9rem;object-fit:contain;vertical-align:middle;")
            .append("margin-right:.6rem}</style></head><body><header>")
            .append(logo(brand, prefix))
            .append(product)
            .append("</header><main><h1>")
            .append(title)
            .append("</h1><p>")
            .append(Html.escape(PortalTexts.text(key + ".text", language)))
            .append("</p>");
    if (note != null) {
      page.append("<p>").append(Html.escape(note)).append("</p>");
    }
    if (ownWords != null) {
      page.append("<p style=\"white-space:pre-line\">")
          .append(Html.escape(ownWords))
          .append("</p>");
    }
    if (linkPath != null) {
      page.append("<p><a href=\"")
          .append(Html.escape(prefix + linkPath))
          .append("\">")
          .append(Html.escape(PortalTexts.text(key + ".link", language)))
          .append("</a></p>");
    }
    page.append("</main></body></html>");
    if (!response.isCommitted()) {
      response.resetBuffer();
    }
    response.setContentType("text/html;charset=UTF-8");
    try {
      response.getWriter().write(page.toString());
    } catch (IllegalStateException streamTaken) {
      // what failed had opened the output stream already; a writer is no longer available
      response.getOutputStream().write(page.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The brand's logo, at the portal's own address when its admins uploaded it. */
  private static String logo(Brand brand, String prefix) {
    String logo = brand.logoUrlBelow(prefix);
    return logo == null ? "" : "<img alt=\"\" src=\"" + Html.escape(logo) + "\">";
  }
}
