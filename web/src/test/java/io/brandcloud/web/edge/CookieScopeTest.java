package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantSchema;
import io.brandcloud.tenancy.TenantStatus;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CookieScopeTest {

  private static final TenantContext ACME =
      new TenantContext(
          1,
          "acme",
          TenantSchema.forSlug("acme"),
          "Acme",
          TenantStatus.ACTIVE,
          Currency.getInstance("EUR"),
          ZoneOffset.UTC,
          new Brand("Acme Cloud", "#ff6600", null),
          null,
          "r");

  @Test
  void aTenantOnThePlatformHostKeepsItsCookiesUnderItsPrefix() {
    Edge edge = new Edge(Optional.of(ACME), "/login.xhtml", "/t/acme", Area.PORTAL_PUBLIC);
    assertThat(CookieScope.pathFor("/", edge)).isEqualTo("/t/acme/");
    assertThat(CookieScope.pathFor("", edge)).isEqualTo("/t/acme/");
    assertThat(CookieScope.pathFor("/panel", edge)).isEqualTo("/panel/t/acme/");
  }

  @Test
  void aTenantOnItsOwnDomainOwnsTheWholeHost() {
    Edge edge = new Edge(Optional.of(ACME), "/login.xhtml", "", Area.PORTAL_PUBLIC);
    assertThat(CookieScope.pathFor("/", edge)).isEqualTo("/");
  }

  @Test
  void theConsoleKeepsItsCookiesUnderPlatform() {
    Edge edge = new Edge(Optional.empty(), "/platform/login.xhtml", "", Area.PLATFORM_PUBLIC);
    assertThat(CookieScope.pathFor("/", edge)).isEqualTo("/platform/");
  }

  @Test
  void onlyTheContainersDefaultPathIsNarrowed() {
    assertThat(CookieScope.isDefault(null, "/")).isTrue();
    assertThat(CookieScope.isDefault("/", "/")).isTrue();
    assertThat(CookieScope.isDefault("/panel", "/panel")).isTrue();
    assertThat(CookieScope.isDefault("/t/acme/", "/")).isFalse();
  }
}
