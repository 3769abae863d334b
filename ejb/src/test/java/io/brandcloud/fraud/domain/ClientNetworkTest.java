package io.brandcloud.fraud.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientNetworkTest {

  @Test
  void anIpv4AddressCountsInItsSlash24() {
    assertThat(ClientNetwork.of("203.0.113.77")).contains("203.0.113.0/24");
    assertThat(ClientNetwork.of(" 10.1.2.3 ")).contains("10.1.2.0/24");
  }

  @Test
  void anIpv6AddressCountsInItsSlash64() {
    assertThat(ClientNetwork.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .contains("2001:db8:1:2:0:0:0:0/64");
    assertThat(ClientNetwork.of("2001:db8:1:2::9")).contains("2001:db8:1:2:0:0:0:0/64");
  }

  @Test
  void aMappedIpv4AddressCountsAsIpv4() {
    assertThat(ClientNetwork.of("::ffff:203.0.113.9")).contains("203.0.113.0/24");
  }

  @Test
  void anAddressIsWrittenOneWayWhateverFormItCameIn() {
    assertThat(ClientNetwork.canonical("2001:DB8::1")).contains("2001:db8:0:0:0:0:0:1");
    assertThat(ClientNetwork.canonical("2001:db8:0:0:0:0:0:1")).contains("2001:db8:0:0:0:0:0:1");
    assertThat(ClientNetwork.canonical("::ffff:203.0.113.9")).contains("203.0.113.9");
    assertThat(ClientNetwork.canonical("example.com")).isEmpty();
  }

  @Test
  void whatIsNoAddressLiteralCountsNowhereAndIsNeverLookedUp() {
    assertThat(ClientNetwork.of(null)).isEmpty();
    assertThat(ClientNetwork.of("localhost")).isEmpty();
    assertThat(ClientNetwork.of("example.com")).isEmpty();
    assertThat(ClientNetwork.of("300.1.1.1")).isEmpty();
    assertThat(ClientNetwork.of("unknown")).isEmpty();
  }
}
