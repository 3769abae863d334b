package io.brandcloud.platform.domain;

import java.util.Optional;

/** The logos tenants uploaded, one each, kept with the platform's tenants. */
public interface TenantLogos {

  void put(long tenantId, BrandLogo logo);

  void remove(long tenantId);

  Optional<BrandLogo> of(long tenantId);
}
