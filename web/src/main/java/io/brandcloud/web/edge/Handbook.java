package io.brandcloud.web.edge;

import io.brandcloud.content.domain.PageRendering;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handbook at {@code /docs}: the Markdown pages kept beside the code ({@code handbook/*.md} in
 * this module), rendered by the pipeline tenants' own pages use (CommonMark, then the sanitiser),
 * in the platform's brand. Links between pages are written as {@code other.md}, as they read in the
 * repository, and lead to {@code /docs/other} here. The platform's, so not on a tenant's domain.
 */
@WebServlet(urlPatterns = {"/docs", "/docs/*"})
public class Handbook extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** The pages, in the order the menu shows them, with their menu names. */
  static final List<String[]> PAGES =
      List.of(
          new String[] {"index", "Contents"},
          new String[] {"operators", "Operators"},
          new String[] {"resellers", "Resellers"},
          new String[] {"payments", "Payments"},
          new String[] {"api", "API"},
          new String[] {"architecture", "Architecture"},
          new String[] {"development", "Development"});

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");
  private static final Pattern PAGE_LINK = Pattern.compile("href=\"([a-z][a-z0-9-]{0,40})\\.md\"");

  @Inject transient PageRendering rendering;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    if (edge instanceof Edge resolved && resolved.tenant().isPresent()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    String name = path.equals("/") ? "index" : path.substring(1);
    Optional<String> markdown = NAME.matcher(name).matches() ? read(name) : Optional.empty();
    if (markdown.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String docs = request.getContextPath() + "/docs/";
    String html = linked(rendering.html(markdown.get()), docs);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.getWriter().write(page(name, html, docs));
  }

  /** The page's Markdown, or empty where there is no such page. */
  static Optional<String> read(String name) throws IOException {
    try (InputStream in =
        Handbook.class.getClassLoader().getResourceAsStream("handbook/" + name + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Links to other pages, {@code other.md} in the repository, lead to their address here. */
  static String linked(String html, String docs) {
    Matcher link = PAGE_LINK.matcher(html);
    return link.replaceAll(m -> Matcher.quoteReplacement("href=\"" + docs + m.group(1) + "\""));
  }

  private static String page(String name, String content, String docs) {
    String brand = Edge.PLATFORM_BRAND.primaryColor();
    StringBuilder menu = new StringBuilder();
    for (String[] page : PAGES) {
      menu.append("<a href=\"")
          .append(docs)
          .append(page[0])
          .append("\"")
          .append(page[0].equals(name) ? " aria-current=\"page\"" : "")
          .append(">")
          .append(page[1])
          .append("</a>");
    }
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Brandcloud handbook</title><style>"
        + "body{margin:0;font-family:system-ui,sans-serif;background:#f6f7f9;color:#1f2328;"
        + "line-height:1.5}header{background:"
        + brand
        + ";color:#fff;padding:.75rem 1rem}header strong{font-size:1.2rem;margin-right:1rem}"
        + "header nav{display:inline-flex;flex-wrap:wrap;gap:.25rem 1rem}"
        + "header a{color:#fff}header a[aria-current]{font-weight:700}"
        + "main{max-width:60rem;margin:1.5rem auto;padding:0 1rem;overflow-wrap:anywhere}"
        + "table{border-collapse:collapse;display:block;overflow-x:auto}"
        + "td,th{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top}"
        + "code{background:#eaeef2;padding:0 .2rem;border-radius:3px}"
        + "pre{background:#eaeef2;padding:.75rem;overflow-x:auto}pre code{padding:0}"
        + "a{color:#0a58ca}</style></head><body><header><strong>Brandcloud handbook</strong><nav>"
        + menu
        + "</nav></header><main>"
        + content
        + "</main></body></html>";
  }
}
