package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestRoutesTest {

  @ParameterizedTest
  @CsvSource({
    "/portal/servers.xhtml, 200, /portal/servers.xhtml",
    "/t/acme-cloud/portal/servers.xhtml, 200, /portal/servers.xhtml",
    "/t/acme/, 302, /",
    "/, 200, /",
    "/jakarta.faces.resource/theme.css.xhtml, 200, /jakarta.faces.resource",
    "/made-up-page.xhtml, 404, unmatched",
    "/wp-login.php, 404, unmatched",
    "/portal/../x.xhtml, 200, other",
    "/api/v1/nowhere, 401, /api",
    "/error-page, 200, other",
  })
  void namesAPageByItsViewAndNothingElseByItsPath(String path, int status, String route) {
    assertThat(RequestRoutes.ofPage(path, status)).isEqualTo(route);
  }
}
