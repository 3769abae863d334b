package io.brandcloud.web.faces.shared;

import io.brandcloud.web.edge.ContentVersion;
import io.brandcloud.web.edge.StaticAnswers;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Gives the panel's own scripts and styles an address that changes with their content ({@code &v=}
 * and the start of its SHA-256; PrimeFaces versions its own with its release), and lets browsers
 * keep a resource for a year only when the version asked for is the one this node serves: during a
 * rolling update a node still on the old release must not have its old file kept under the new
 * address.
 */
public class VersionedResources extends ResourceHandlerWrapper {

  // the panel's resources without a library are its own too (e.g. brandcloud/layout.css)
  private static final Set<String> OWN_LIBRARIES = Set.of("brandcloud", "xterm");

  // PrimeFaces' dynamic content (a chart's image, a download) is made per request: never kept
  private static final String DYNAMIC = "dynamiccontent";
  private static final String FACES_SUFFIX = ".xhtml";

  private final Map<String, String> versions = new ConcurrentHashMap<>();

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String name, String library) {
    Resource resource = super.createResource(name, library);
    if (resource == null || library != null && !OWN_LIBRARIES.contains(library)) {
      return resource;
    }
    String version = versions.computeIfAbsent(library + "/" + name, key -> digest(resource));
    return new ResourceWrapper(resource) {
      @Override
      public String getRequestPath() {
        String path = super.getRequestPath();
        return path + (path.contains("?") ? "&" : "?") + "v=" + version;
      }
    };
  }

  @Override
  public void handleResourceRequest(FacesContext context) throws IOException {
    Map<String, String> asked = context.getExternalContext().getRequestParameterMap();
    String name = resourceName(context);
    String version = asked.get("v");
    if (version != null && name != null && !name.startsWith(DYNAMIC)) {
      Resource served = createResource(name, asked.get("ln"));
      boolean same =
          served != null
              && served.getRequestPath().matches(".*[?&]v=" + Pattern.quote(version) + "(&.*)?");
      context
          .getExternalContext()
          .getRequestMap()
          .put(StaticAnswers.CACHE, same ? StaticAnswers.FOR_A_YEAR : "no-cache");
    }
    super.handleResourceRequest(context);
  }

  /** The resource's name in a request such as {@code /jakarta.faces.resource/layout.css.xhtml}. */
  private static String resourceName(FacesContext context) {
    String path = context.getExternalContext().getRequestPathInfo();
    if (path == null) {
      path = context.getExternalContext().getRequestServletPath();
    }
    int start = path == null ? -1 : path.indexOf(RESOURCE_IDENTIFIER);
    if (start < 0) {
      return null;
    }
    String name = path.substring(start + RESOURCE_IDENTIFIER.length() + 1);
    return name.endsWith(FACES_SUFFIX)
        ? name.substring(0, name.length() - FACES_SUFFIX.length())
        : name;
  }

  private static String digest(Resource resource) {
    try {
      return new ContentVersion().add(resource.getInputStream()).name();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
