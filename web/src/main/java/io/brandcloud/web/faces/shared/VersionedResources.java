package io.brandcloud.web.faces.shared;

import io.brandcloud.web.edge.ContentVersion;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the panel's own scripts and styles an address that changes with their content ({@code &v=}
 * and the start of its SHA-256), so browsers may keep them for a year ({@link
 * io.brandcloud.web.edge.StaticAnswers}) and still load a new one the moment it differs. PrimeFaces
 * versions its own resources with its release.
 */
public class VersionedResources extends ResourceHandlerWrapper {

  // the panel's resources without a library are its own too (e.g. brandcloud/layout.css)
  private static final Set<String> OWN_LIBRARIES = Set.of("brandcloud", "xterm");

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

  private static String digest(Resource resource) {
    try {
      return new ContentVersion().add(resource.getInputStream()).name();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
