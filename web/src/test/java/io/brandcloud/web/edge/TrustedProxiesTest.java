package io.brandcloud.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.5, 10.0.0.6 ,");

  @Test
  void forwardedHeadersCountOnlyFromATrustedPeer() {
    assertThat(proxies.client("203.0.113.9", "198.51.100.1")).isEmpty();
    assertThat(proxies.secure("203.0.113.9", "https")).isFalse();
    assertThat(proxies.client("10.0.0.5", "198.51.100.1")).hasValue("198.51.100.1");
    assertThat(proxies.secure("10.0.0.5", "HTTPS ")).isTrue();
    assertThat(proxies.secure("10.0.0.5", "http")).isFalse();
  }

  @Test
  void theClientIsTheRightMostHopNoTrustedProxyWrote() {
    assertThat(proxies.client("10.0.0.5", "1.1.1.1, 198.51.100.1, 10.0.0.6"))
        .as("what the client wrote itself, to the left, proves nothing")
        .hasValue("198.51.100.1");
    assertThat(proxies.client("10.0.0.5", "2001:db8::1")).hasValue("2001:db8::1");
  }

  @Test
  void anythingButAnAddressIsIgnored() {
    assertThat(proxies.client("10.0.0.5", "evil.example")).isEmpty();
    assertThat(proxies.client("10.0.0.5", "")).isEmpty();
    assertThat(proxies.client("10.0.0.5", null)).isEmpty();
    assertThat(proxies.client("10.0.0.5", "10.0.0.6")).isEmpty();
  }

  @Test
  void noSettingTrustsNobody() {
    TrustedProxies none = TrustedProxies.parse(null);
    assertThat(none.client("127.0.0.1", "198.51.100.1")).isEmpty();
    assertThat(none.secure("127.0.0.1", "https")).isFalse();
  }
}
