package io.brandcloud.web.edge;

import io.brandcloud.content.application.PublicContent;
import io.brandcloud.content.application.PublishedArticle;
import io.brandcloud.content.domain.ArticleKind;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What search engines are told: {@code robots.txt} keeps them out of the logged-in areas and points
 * to the portal's {@code sitemap.xml}, which lists its public pages and the published help articles
 * and blog posts, at the portal's configured address. On the platform's own host robots.txt only
 * keeps them out of the console and the logged-in areas of every portal.
 */
@WebServlet(urlPatterns = {"/robots.txt", "/sitemap.xml"})
public class SiteMapFiles extends HttpServlet {

  /** Articles of one kind listed at most: far more than a shop writes, far below the 50,000 cap. */
  static final int MOST_ARTICLES = 2_000;

  @EJB PublicContent content;
  @EJB LegalPages legal;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object resolved = request.getAttribute(Edge.ATTRIBUTE);
    Edge edge = resolved instanceof Edge e && e.tenant().isPresent() ? e : null;
    boolean sitemap = request.getServletPath().equals("/sitemap.xml");
    if (sitemap && edge == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setHeader("Cache-Control", "public, max-age=3600");
    if (sitemap) {
      response.setContentType("application/xml;charset=UTF-8");
      writeSitemap(response.getWriter(), PortalUrls.base(request, edge));
    } else {
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getWriter()
          .write(
              edge == null ? platformRobots() : tenantRobots(edge, PortalUrls.base(request, edge)));
    }
  }

  static String platformRobots() {
    return "User-agent: *\n"
        + "Disallow: /platform/\n"
        + "Disallow: /api/\n"
        + "Disallow: /docs/\n"
        + "Disallow: /t/*/portal/\n"
        + "Disallow: /t/*/admin/\n"
        + "Disallow: /t/*/api/\n";
  }

  static String tenantRobots(Edge edge, String base) {
    String prefix = edge.basePath();
    return "User-agent: *\n"
        + "Disallow: "
        + prefix
        + "/portal/\n"
        + "Disallow: "
        + prefix
        + "/admin/\n"
        + "Disallow: "
        + prefix
        + "/api/\n"
        + "Sitemap: "
        + base
        + "/sitemap.xml\n";
  }

  private void writeSitemap(PrintWriter out, String base) {
    Set<ArticleKind> published = content.kinds();
    List<String> entries = new ArrayList<>();
    entries.add(entry(base + "/", null));
    entries.add(entry(base + "/pricing.xhtml", null));
    entries.add(entry(base + "/contact.xhtml", null));
    entries.add(entry(base + "/status.xhtml", null));
    legal
        .links()
        .forEach(page -> entries.add(entry(base + "/legal.xhtml?page=" + page.kind(), null)));
    if (published.contains(ArticleKind.DOC)) {
      entries.add(entry(base + "/help.xhtml", null));
      articles(ArticleKind.DOC).forEach(a -> entries.add(articleEntry(base, ArticleKind.DOC, a)));
    }
    if (published.contains(ArticleKind.FAQ)) {
      entries.add(entry(base + "/faq.xhtml", null));
    }
    if (published.contains(ArticleKind.BLOG)) {
      entries.add(entry(base + "/blog.xhtml", null));
      articles(ArticleKind.BLOG).forEach(a -> entries.add(articleEntry(base, ArticleKind.BLOG, a)));
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    entries.forEach(out::write);
    out.write("</urlset>\n");
  }

  private List<PublishedArticle> articles(ArticleKind kind) {
    List<PublishedArticle> all = new ArrayList<>();
    for (int page = 1; all.size() < MOST_ARTICLES; page++) {
      Page<PublishedArticle> some =
          content.list(kind, null, new PageRequest(page, PageRequest.MAX_LIMIT));
      all.addAll(some.items());
      if (some.items().size() < PageRequest.MAX_LIMIT) {
        break;
      }
    }
    return all;
  }

  private static String articleEntry(String base, ArticleKind kind, PublishedArticle article) {
    return entry(
        base + kind.path(article.slug()),
        DateTimeFormatter.ISO_INSTANT.format(article.publishedAt()));
  }

  private static String entry(String location, String lastModified) {
    return "  <url><loc>"
        + Html.escape(location)
        + "</loc>"
        + (lastModified == null ? "" : "<lastmod>" + lastModified + "</lastmod>")
        + "</url>\n";
  }
}
