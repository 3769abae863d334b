package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
}
