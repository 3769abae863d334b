package io.brandcloud.web.edge;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a portal reached by {@code /t/{slug}/} on its prefix: form actions, redirects and
 * bookmarkable links get the prefix back, so a post-back reaches the same tenant. Resource URLs
 * stay unprefixed and tenant-free.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

  public TenantViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  /** The language the logged-in user chose, else the browser's choice among the supported ones. */
  @Override
  public Locale calculateLocale(FacesContext context) {
    Object edge = context.getExternalContext().getRequestMap().get(Edge.ATTRIBUTE);
    Object request = context.getExternalContext().getRequest();
    if (edge instanceof Edge resolved && request instanceof HttpServletRequest http) {
      Optional<Locale> chosen = PortalLanguage.of(http, resolved);
      if (chosen.isPresent()) {
        return chosen.get();
      }
    }
    return super.calculateLocale(context);
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    return prefixed(context, super.getActionURL(context, viewId));
  }

  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return prefixed(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
  }

  @Override
  public String getBookmarkableURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return prefixed(
        context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
  }

  private static String prefixed(FacesContext context, String url) {
    Object edge = context.getExternalContext().getRequestMap().get(Edge.ATTRIBUTE);
    if (!(edge instanceof Edge resolved) || resolved.basePath().isEmpty()) {
      return url;
    }
    String contextPath = context.getExternalContext().getRequestContextPath();
    if (!url.startsWith(contextPath) || url.startsWith(contextPath + resolved.basePath() + "/")) {
      return url;
    }
    return contextPath + resolved.basePath() + url.substring(contextPath.length());
  }
}
