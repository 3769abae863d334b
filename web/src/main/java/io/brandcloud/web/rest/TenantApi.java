package io.brandcloud.web.rest;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.security.Caller;
import io.brandcloud.web.security.SessionLogin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What every tenant resource checks first: the request is for a tenant (the platform host has no
 * tenant API, so 404) and the caller is logged in to this tenant with the needed group.
 */
@RequestScoped
public class TenantApi {

  @Inject HttpServletRequest request;
  @Inject Caller caller;

  public TenantContext tenant() {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    if (edge instanceof Edge resolved && resolved.tenant().isPresent()) {
      return resolved.tenant().get();
    }
    throw new BrandcloudException(ErrorCode.TENANT_NOT_FOUND);
  }

  public SessionLogin customer() {
    tenant();
    return caller.require("customer");
  }

  public SessionLogin admin() {
    tenant();
    return caller.require("tenant-admin");
  }

  public SessionLogin operator() {
    Object edge = request.getAttribute(Edge.ATTRIBUTE);
    if (!(edge instanceof Edge resolved) || !resolved.isPlatform()) {
      throw new BrandcloudException(ErrorCode.NOT_FOUND, "This resource");
    }
    return caller.require("platform-operator");
  }
}
