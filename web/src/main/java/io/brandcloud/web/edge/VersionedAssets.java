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
  private static final String KNOWN = VersionedAssets.class.getName() + ".known";
  private static final Pattern VERSIONED = Pattern.compile("/([0-9a-f]{12})(/.+)");

  /** The files under {@code /assets/} and the version of them all, read once. */
  private record Known(Set<String> files, String version) {}

  /** The address of an asset, e.g. {@code /vnc-console.js}, below the version of them all. */
  public static String path(ServletContext context, String asset) {
    return PREFIX + "v/" + known(context).version() + asset;
  }

  /** Serves only the files there are, and only below this node's version of them. */
  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Known known = known(getServletContext());
    Matcher versioned = VERSIONED.matcher(String.valueOf(request.getPathInfo()));
    String file = versioned.matches() ? PREFIX + versioned.group(2).substring(1) : null;
    if (file == null
        || !versioned.group(1).equals(known.version())
        || !known.files().contains(file)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    request.setAttribute(StaticAnswers.CACHE, StaticAnswers.FOR_A_YEAR);
    getServletContext().getRequestDispatcher(file).forward(request, response);
  }

  private static Known known(ServletContext context) {
    Object read = context.getAttribute(KNOWN);
    if (read instanceof Known known) {
      return known;
    }
    Set<String> files = files(context);
    ContentVersion version = new ContentVersion();
    for (String file : files) {
      version.add(file.getBytes(StandardCharsets.UTF_8)).add(context.getResourceAsStream(file));
    }
    Known known = new Known(Set.copyOf(files), version.name());
    context.setAttribute(KNOWN, known);
    return known;
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
