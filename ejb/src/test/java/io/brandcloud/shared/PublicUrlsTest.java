package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.tenancy.Brand;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantSchema;
import io.brandcloud.tenancy.TenantStatus;
import java.net.URI;
import java.time.ZoneId;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PublicUrlsTest {

  @Test
  void aTenantDomainTakesThePlatformsSchemeAndPort() {
    URI platform = URI.create(PublicUrls.base());
    String expected =
        platform.getScheme()
            + "://portal.acme.example"
            + (platform.getPort() < 0 ? "" : ":" + platform.getPort());
    assertThat(PublicUrls.onDomain("portal.acme.example")).isEqualTo(expected);
    assertThat(PublicUrls.portal("acme")).isEqualTo(PublicUrls.base() + "/t/acme");
  }

  @Test
  void mailLinksToATenantsOwnDomainOnceItHasOne() {
    assertThat(PublicUrls.wallet(acme(null)))
        .isEqualTo(PublicUrls.base() + "/t/acme/portal/wallet.xhtml");
    assertThat(PublicUrls.invoices(acme("portal.acme.example")))
        .isEqualTo(PublicUrls.onDomain("portal.acme.example") + "/portal/invoices.xhtml");
  }

  private static TenantContext acme(String ownDomain) {
    return new TenantContext(
        1,
        "acme",
        TenantSchema.forSlug("acme"),
        "Acme",
        TenantStatus.ACTIVE,
        Currency.getInstance("EUR"),
        ZoneId.of("UTC"),
        new Brand("Acme Cloud", "#ff6600", null),
        ownDomain,
        "r");
  }
}
