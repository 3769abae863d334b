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

class LoginReturnTest {

  /** A tenant for the edge's tests, reached at /t/acme or on its own domain. */
  static final TenantContext ACME =
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

  private static final Edge ON_PREFIX =
      new Edge(Optional.of(ACME), "/login.xhtml", "/t/acme", Area.PORTAL_PUBLIC);
  private static final Edge ON_DOMAIN =
      new Edge(Optional.of(ACME), "/login.xhtml", "", Area.PORTAL_PUBLIC);
  private static final Edge PLATFORM =
      new Edge(Optional.empty(), "/platform/login.xhtml", "", Area.PLATFORM_PUBLIC);

  @Test
  void aPageOfThePortalItselfIsWhereTheLoginReturns() {
    assertThat(LoginReturn.safeNext("/t/acme/portal/order.xhtml", ON_PREFIX, ""))
        .contains("/t/acme/portal/order.xhtml");
    assertThat(LoginReturn.safeNext("/portal/index.xhtml?x=1", ON_DOMAIN, ""))
        .contains("/portal/index.xhtml?x=1");
    assertThat(LoginReturn.safeNext("/platform/jobs.xhtml", PLATFORM, ""))
        .contains("/platform/jobs.xhtml");
  }

  @Test
  void anyOtherAddressIsIgnored() {
    for (String next :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/t/acme/portal/index.xhtml",
          "/t/globex/portal/index.xhtml",
          "/t/acme/../globex/portal/index.xhtml",
          "/t/acme/%2e%2e/globex/portal/index.xhtml",
          "/t/acme/%2E%2e/globex/portal/index.xhtml",
          "/t/acme/portal%2f..%2f..%2fglobex/portal/index.xhtml",
          "/t/acme/portal/..",
          "/t/acme/./../globex/portal",
          "/t/acme\\\\evil",
          "/t/acme/login.xhtml",
          "/t/acme/portal/index.xhtml\r\nSet-Cookie: x=y",
          "/platform/index.xhtml"
        }) {
      assertThat(LoginReturn.safeNext(next, ON_PREFIX, "")).as(String.valueOf(next)).isEmpty();
    }
    assertThat(LoginReturn.safeNext("/t/acme/portal/index.xhtml", PLATFORM, "")).isEmpty();
  }
}
