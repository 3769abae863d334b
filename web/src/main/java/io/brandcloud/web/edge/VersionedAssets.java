package io.brandcloud.web.edge;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain files under {@code /assets/} (noVNC's ES modules, which import each other by relative
 * paths and so cannot be Faces resources) at {@code /assets/v/<version>/…}, where the version is a
 * digest of all of them: the address changes with any file, so browsers may keep each for a year.
 * Relative imports stay below the same version.
 */
@WebServlet(urlPatterns = "/assets/v/*")
public class VersionedAssets extends HttpServlet {

  static final String PREFIX = "/assets/";
  private static final String VERSION = VersionedAssets.class.getName() + ".version";
  private static final Pattern VERSIONED = Pattern.compile("/([0-9a-f]{12})(/.+)");

  /** The address of an asset, e.g. {@code /vnc-console.js}, below the version of them all. */
  public static String path(ServletContext context, String asset) {
    return PREFIX + "v/" + version(context) + asset;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Matcher versioned = VERSIONED.matcher(String.valueOf(request.getPathInfo()));
    if (!versioned.matches()
        || !versioned.group(1).equals(version(getServletContext()))
        || versioned.group(2).contains("/v/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    getServletContext()
        .getRequestDispatcher(PREFIX + versioned.group(2).substring(1))
        .forward(request, response);
  }

  private static String version(ServletContext context) {
    Object known = context.getAttribute(VERSION);
    if (known instanceof String version) {
      return version;
    }
    String version = digest(context);
    context.setAttribute(VERSION, version);
    return version;
  }

  private static String digest(ServletContext context) {
    ContentVersion version = new ContentVersion();
    for (String file : files(context)) {
      version.add(file.getBytes(StandardCharsets.UTF_8)).add(context.getResourceAsStream(file));
    }
    return version.name();
  }

  private static Set<String> files(ServletContext context) {
    Set<String> files = new TreeSet<>();
    Deque<String> folders = new ArrayDeque<>();
    folders.push(PREFIX);
    while (!folders.isEmpty()) {
      Set<String> entries = context.getResourcePaths(folders.pop());
      if (entries == null) {
        continue;
      }
      for (String entry : entries) {
        if (entry.endsWith("/")) {
          folders.push(entry);
        } else {
          files.add(entry);
        }
      }
    }
    return files;
  }
}
