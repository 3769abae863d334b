package io.brandcloud.web.edge;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sends a visitor without a login to the login page of the portal they asked for, with the page to
 * return to once logged in ({@code next}) and, if their session had ended, a word saying so ({@code
 * expired=1}). A Faces Ajax request is answered with a partial response that redirects: an ordinary
 * redirect would be followed silently by the browser's request and do nothing on the page.
 */
public final class LoginReturn {

  public static final String NEXT = "next";
  public static final String EXPIRED = "expired";
  private static final String AFTER_SIGN_UP = "brandcloud.signup.next";
  private static final Pattern ENCODED_DOT_OR_SLASH =
      Pattern.compile("%(2e|2f|5c)", Pattern.CASE_INSENSITIVE);

  private LoginReturn() {}

  static void toLogin(Edge edge, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String login = edge.isPlatform() ? "/platform/login.xhtml" : edge.basePath() + "/login.xhtml";
    String next = request.getRequestURI();
    if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    StringBuilder target = new StringBuilder(withNext(request.getContextPath() + login, next));
    if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
      target.append("&" + EXPIRED + "=1");
    }
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + Html.escape(target.toString())
                  + "\"></redirect></partial-response>");
    } else {
      response.sendRedirect(target.toString());
    }
  }

  /**
   * Keeps, for after a new account's confirmation, the page a visitor was on the way to when they
   * signed up (the pricing page's "Order"), if it is one of this portal's.
   */
  public static void rememberForSignUp(HttpServletRequest request, Edge edge) {
    safeNext(request.getParameter(NEXT), edge, request.getContextPath())
        .ifPresentOrElse(
            next -> request.getSession().setAttribute(AFTER_SIGN_UP + edge.realm(), next),
            () -> {
              if (request.getSession(false) != null) {
                request.getSession().removeAttribute(AFTER_SIGN_UP + edge.realm());
              }
            });
  }

  /**
   * The login page's address once the account is confirmed: with the page the visitor signed up on
   * the way to, if the sign-up kept one in this session (which forgets it then).
   */
  public static String loginAfterSignUp(HttpServletRequest request, Edge edge) {
    Object next = null;
    if (request.getSession(false) != null) {
      next = request.getSession().getAttribute(AFTER_SIGN_UP + edge.realm());
      request.getSession().removeAttribute(AFTER_SIGN_UP + edge.realm());
    }
    return next == null ? "/login.xhtml" : withNext("/login.xhtml", (String) next);
  }

  /** {@code address} with the page to go on to afterwards as its {@code next} parameter. */
  public static String withNext(String address, String next) {
    return address
        + (address.contains("?") ? "&" : "?")
        + NEXT
        + "="
        + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }

  /**
   * The page to go to after logging in, if {@code next} names one of this portal's own pages: a
   * path under its base, never another host, another portal or the login page itself.
   */
  public static Optional<String> safeNext(String next, Edge edge, String contextPath) {
    if (next == null || next.isBlank() || next.length() > 2000) {
      return Optional.empty();
    }
    String base = contextPath + (edge.isPlatform() ? "/platform/" : edge.basePath() + "/");
    String path = next.split("[?#]", 2)[0];
    // a dot or slash written in percent signs is one to the browser: /t/acme/%2e%2e/globex
    boolean plain =
        next.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\')
            && !next.contains("//")
            && !ENCODED_DOT_OR_SLASH.matcher(path).find()
            && Arrays.stream(path.split("/")).noneMatch(s -> s.equals("..") || s.equals("."))
            && !next.contains("login.xhtml");
    return plain && next.startsWith(base) ? Optional.of(next) : Optional.empty();
  }
}
