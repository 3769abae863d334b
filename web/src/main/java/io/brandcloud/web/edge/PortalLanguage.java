package io.brandcloud.web.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a logged-in user chose for the portal, kept in their session for the realm they are
 * logged in to, so pages need not read it from the database; without one the browser chooses.
 */
public final class PortalLanguage {

  private static final String ATTRIBUTE = "brandcloud.language.";

  private PortalLanguage() {}

  public static void remember(HttpServletRequest request, Edge edge, Optional<String> language) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      if (language.isPresent()) {
        session.setAttribute(ATTRIBUTE + edge.realm(), language.get());
      } else {
        session.removeAttribute(ATTRIBUTE + edge.realm());
      }
    }
  }

  public static Optional<Locale> of(HttpServletRequest request, Edge edge) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE + edge.realm()) instanceof String tag
        ? Optional.of(Locale.forLanguageTag(tag))
        : Optional.empty();
  }
}
