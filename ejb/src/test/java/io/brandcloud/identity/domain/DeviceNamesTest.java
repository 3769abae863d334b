package io.brandcloud.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceNamesTest {

  @Test
  void namesTheBrowserAndSystemOfADesktopBrowser() {
    assertThat(
            DeviceNames.describe(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0"))
        .contains("Firefox 133 · Windows 10");
  }

  @Test
  void namesThePhoneOfAMobileBrowser() {
    assertThat(
            DeviceNames.describe(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
                    + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"))
        .contains("Mobile Safari 18 · iOS 18 · iPhone");
  }

  @Test
  void namesACommandLineClient() {
    assertThat(DeviceNames.describe("curl/8.5.0")).contains("curl 8");
  }

  @Test
  void leavesUnknownAndMissingAgentsUnnamed() {
    assertThat(DeviceNames.describe(null)).isEmpty();
    assertThat(DeviceNames.describe("  ")).isEmpty();
    assertThat(DeviceNames.describe("zz")).isEmpty();
  }

  @Test
  void keepsAVeryLongNameWithinItsColumn() {
    String agent =
        "Mozilla/5.0 (X11; Linux x86_64) " + "x".repeat(5_000) + " Chrome/131.0 Safari/537";
    assertThat(DeviceNames.describe(agent))
        .hasValueSatisfying(name -> assertThat(name).hasSizeLessThanOrEqualTo(120));
  }
}
