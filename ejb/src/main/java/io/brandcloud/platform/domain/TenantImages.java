package io.brandcloud.platform.domain;

import java.util.Optional;

/** The logos and tab icons tenants uploaded, one of each, kept with the platform's tenants. */
public interface TenantImages {

  void put(long tenantId, BrandImage image);

  void remove(long tenantId, BrandImage.Kind kind);

  Optional<BrandImage> of(long tenantId, BrandImage.Kind kind);
}
