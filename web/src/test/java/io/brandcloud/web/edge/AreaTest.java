package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaTest {

  @Test
  void tenantPathsNeedTheRoleOfTheirArea() {
    assertThat(Area.ofTenantPath("/portal/index.xhtml").requiredGroup()).isEqualTo("customer");
    assertThat(Area.ofTenantPath("/admin/customers.xhtml").requiredGroup()).isEqualTo("staff");
    assertThat(Area.ofTenantPath("/login.xhtml")).isEqualTo(Area.PORTAL_PUBLIC);
    assertThat(Area.ofTenantPath("/api/v1/servers")).isEqualTo(Area.API);
    assertThat(Area.ofTenantPath("/assets/novnc/core/rfb.js")).isEqualTo(Area.RESOURCE);
    assertThat(Area.ofTenantPath("/brand/logo-0123456789ab.png")).isEqualTo(Area.RESOURCE);
    assertThat(Area.ofTenantPath("/brand/icon-0123456789ab.png")).isEqualTo(Area.RESOURCE);
    assertThat(Area.ofPlatformPath("/assets/novnc/core/rfb.js")).isEqualTo(Area.PLATFORM_PUBLIC);
  }

  @Test
  void privateFoldersAreNeverReachableThroughATenant() {
    assertThat(Area.ofTenantPath("/WEB-INF/web.xml")).isNull();
    assertThat(Area.ofTenantPath("/web-inf/templates/layout.xhtml")).isNull();
    assertThat(Area.ofTenantPath("/META-INF/MANIFEST.MF")).isNull();
    assertThat(Area.ofTenantPath("/portal/../platform/index.xhtml")).isNull();
    assertThat(Area.ofTenantPath("/./WEB-INF/web.xml")).isNull();
  }

  @Test
  void thePlatformDoesNotExistInsideATenant() {
    assertThat(Area.ofTenantPath("/platform/index.xhtml")).isNull();
    assertThat(Area.ofTenantPath("/api/platform/v1/tenants")).isNull();
  }

  @Test
  void tenantPagesWithoutATenantDoNotExist() {
    assertThat(Area.ofPlatformPath("/portal/index.xhtml")).isNull();
    assertThat(Area.ofPlatformPath("/login.xhtml")).isNull();
    assertThat(Area.ofPlatformPath("/api/v1/servers")).isNull();
    assertThat(Area.ofPlatformPath("/platform/index.xhtml")).isEqualTo(Area.PLATFORM);
    assertThat(Area.ofPlatformPath("/platform/login.xhtml")).isEqualTo(Area.PLATFORM_PUBLIC);
    assertThat(Area.ofPlatformPath("/health")).isEqualTo(Area.UNMANAGED);
  }
}
