package io.brandcloud.it;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs a browser-like client in through a portal's Faces login form, and submits other forms. */
public final class FacesLogin {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private FacesLogin() {}

  /**
   * The nonce PrimeFaces' script adds to every form it posts, which the server checks against the
   * page it rendered (empty where the page has none).
   */
  public static String nonce(HttpResponse<String> page) {
    Matcher nonce = NONCE.matcher(page.body());
    return nonce.find() ? nonce.group(1) : "";
  }

  private static String nonceField(HttpResponse<String> page) {
    return "&primefaces.nonce=" + encode(nonce(page));
  }

  /**
   * Submits the login form at {@code loginPath}; returns the response (a redirect when it worked).
   */
  public static HttpResponse<String> login(
      Http browser, String loginPath, String email, String password) {
    return login(browser, loginPath, email, password, null);
  }

  /**
   * Submits the login form at {@code loginPath} as it was reached from a page that needed a login:
   * with the {@code next} page it carries.
   */
  public static HttpResponse<String> login(
      Http browser, String loginPath, String email, String password, String next) {
    HttpResponse<String> page =
        browser.get(next == null ? loginPath : loginPath + "?next=" + encode(next));
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("No view state on " + loginPath + ": " + page.statusCode());
    }
    String form =
        "login=login&login%3Aemail="
            + encode(email)
            + "&login%3Apassword="
            + encode(password)
            + "&login%3Asubmit=&jakarta.faces.ViewState="
            + encode(state.group(1))
            + nonceField(page)
            + (next == null ? "" : "&next=" + encode(next));
    return browser.postForm(loginPath, form);
  }

  /** Submits the second-factor form that follows a password login on an account with 2FA. */
  public static HttpResponse<String> secondFactor(Http browser, String pagePath, String code) {
    HttpResponse<String> page = browser.get(pagePath);
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("No view state on " + pagePath + ": " + page.statusCode());
    }
    String form =
        "second=second&second%3Acode="
            + encode(code)
            + "&second%3Asubmit=&jakarta.faces.ViewState="
            + encode(state.group(1))
            + nonceField(page);
    return browser.postForm(pagePath, form);
  }

  /**
   * Submits a Faces form on {@code pagePath} as a browser would without JavaScript: the fields
   * (names relative to the form) and the button that was pressed.
   */
  public static HttpResponse<String> submit(
      Http browser, String pagePath, String formId, Map<String, String> fields, String button) {
    return submitOn(browser, pagePath, browser.get(pagePath), formId, fields, button);
  }

  /**
   * Submits a form of the page {@code page} (a view the server holds, e.g. the answer to an earlier
   * submit whose outcome the view remembers) as a browser would without JavaScript.
   */
  public static HttpResponse<String> submitOn(
      Http browser,
      String pagePath,
      HttpResponse<String> page,
      String formId,
      Map<String, String> fields,
      String button) {
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("No view state on " + pagePath + ": " + page.statusCode());
    }
    StringBuilder form = new StringBuilder(formId + "=" + formId);
    fields.forEach(
        (name, value) ->
            form.append('&').append(encode(formId + ":" + name)).append('=').append(encode(value)));
    form.append('&')
        .append(encode(formId + ":" + button))
        .append("=&jakarta.faces.ViewState=")
        .append(encode(state.group(1)))
        .append(nonceField(page));
    return browser.postForm(pagePath, form.toString());
  }

  /** The view state of a page, for requests that build their own body (a file upload). */
  public static String viewState(HttpResponse<String> page) {
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("No view state: " + page.statusCode());
    }
    return state.group(1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
