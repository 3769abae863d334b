package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.tenancy.TenantContext;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteMapFilesTest {

  private static final TenantContext ACME = LoginReturnTest.ACME;

  @Test
  void aPortalUnderThePlatformsHostKeepsCrawlersOutOfItsOwnLoggedInAreas() {
    String robots =
        SiteMapFiles.tenantRobots(
            new Edge(Optional.of(ACME), "/robots.txt", "/t/acme", Area.PORTAL_PUBLIC),
            "https://panel.example/t/acme");
    assertThat(robots)
        .contains("Disallow: /t/acme/portal/\n")
        .contains("Disallow: /t/acme/admin/\n")
        .contains("Disallow: /t/acme/api/\n")
        .endsWith("Sitemap: https://panel.example/t/acme/sitemap.xml\n");
  }

  @Test
  void aPortalOnItsOwnDomainNamesItsPathsFromTheRoot() {
    String robots =
        SiteMapFiles.tenantRobots(
            new Edge(Optional.of(ACME), "/robots.txt", "", Area.PORTAL_PUBLIC),
            "https://cloud.acme.example");
    assertThat(robots)
        .contains("Disallow: /portal/\n")
        .contains("Disallow: /admin/\n")
        .endsWith("Sitemap: https://cloud.acme.example/sitemap.xml\n");
  }

  @Test
  void thePlatformsHostKeepsCrawlersOutOfTheConsoleAndEveryLoggedInArea() {
    assertThat(SiteMapFiles.platformRobots())
        .contains("Disallow: /platform/\n")
        .contains("Disallow: /t/*/portal/\n")
        .contains("Disallow: /t/*/admin/\n")
        .doesNotContain("Sitemap");
  }
}
