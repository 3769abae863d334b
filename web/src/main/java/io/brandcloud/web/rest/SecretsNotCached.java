package io.brandcloud.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * An answer that carries a secret shown once ({@link SecretInResponse}: a new API key, a root
 * password, recovery codes) is never stored by a browser or a proxy.
 */
@Provider
public class SecretsNotCached implements ContainerResponseFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (resource.getResourceMethod() != null
        && resource.getResourceMethod().isAnnotationPresent(SecretInResponse.class)) {
      response.getHeaders().putSingle("Cache-Control", "no-store");
      response.getHeaders().putSingle("Pragma", "no-cache");
    }
  }
}
