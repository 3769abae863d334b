package io.brandcloud.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.OutboundAddresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookUrlsTest {

  private final String before = System.getProperty(OutboundAddresses.PROPERTY);

  @AfterEach
  void asTheBuildSetIt() {
    if (before == null) {
      System.clearProperty(OutboundAddresses.PROPERTY);
    } else {
      System.setProperty(OutboundAddresses.PROPERTY, before);
    }
  }

  @Test
  void withoutTheOperatorsAllowanceOnlyHttpsToPublicAddressesIsTaken() {
    System.setProperty(OutboundAddresses.PROPERTY, "refused");

    assertThat(WebhookUrls.require("url", "https://8.8.8.8/hook?token=a"))
        .isEqualTo("https://8.8.8.8/hook?token=a");
    for (String refused :
        new String[] {
          "http://8.8.8.8/hook",
          "https://127.0.0.1/hook",
          "https://10.0.0.5/hook",
          "https://169.254.169.254/latest/meta-data",
          "https://[::1]/hook",
          "https://user:pw@8.8.8.8/hook",
          "https://8.8.8.8/hook#x",
          "ftp://8.8.8.8/hook",
          "https:///hook",
          ""
        }) {
      assertThatThrownBy(() -> WebhookUrls.require("url", refused))
          .as(refused)
          .isInstanceOf(BrandcloudException.class);
    }
  }

  @Test
  void withTheAllowancePlainHttpAndPrivateAddressesAreTaken() {
    System.setProperty(OutboundAddresses.PROPERTY, "allowed");

    assertThat(WebhookUrls.require("url", "http://127.0.0.1:8080/hook"))
        .isEqualTo("http://127.0.0.1:8080/hook");
  }
}
