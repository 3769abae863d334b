package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The address table of the probe: every way of writing an address of the platform's own network
 * (loopback, private, link-local, metadata, in decimal, octal, hex, short, mixed and IPv6 forms,
 * and names that resolve there) is refused while private addresses are not allowed.
 */
class OutboundAddressesTest {

  private String before;

  @BeforeEach
  void privateAddressesRefused() {
    before = System.getProperty(OutboundAddresses.PROPERTY);
    System.setProperty(OutboundAddresses.PROPERTY, "refused");
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(OutboundAddresses.PROPERTY);
    } else {
      System.setProperty(OutboundAddresses.PROPERTY, before);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.1",
        "127.0.1",
        "2130706433",
        "0x7f000001",
        "0177.0.0.1",
        "0177.1",
        "017700000001",
        "127.000.000.001",
        "0.0.0.0",
        "0",
        "localhost",
        "LOCALHOST",
        "localhost.",
        "ip6-localhost",
        "::1",
        "[::1]",
        "::",
        "0:0:0:0:0:0:0:1",
        "::ffff:127.0.0.1",
        "[::ffff:127.0.0.1]",
        "::ffff:7f00:1",
        "::127.0.0.1",
        "64:ff9b::7f00:1",
        "2002:7f00:1::1",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        "2001:db8::1",
        "fc00::1",
        "fd12:3456:789a::1",
        "fe80::1",
        "fec0::1",
        "ff02::1",
        "10.0.0.1",
        "10.255.255.255",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "169.254.0.1",
        "100.64.0.1",
        "100.127.255.254",
        "192.0.0.170",
        "192.0.2.10",
        "198.18.0.1",
        "198.51.100.7",
        "203.0.113.9",
        "224.0.0.1",
        "239.255.255.250",
        "240.0.0.1",
        "255.255.255.255",
        "metadata.google.internal",
        "instance-data",
        "not-a-host.invalid",
        "",
        " "
      })
  void everyFormOfAnAddressOfThePlatformsOwnNetworkIsRefused(String host) {
    assertThatThrownBy(() -> OutboundAddresses.permitted(host))
        .as(host)
        .isInstanceOf(OutboundRefusal.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
  void publicAddressesAreTaken(String host) {
    assertThatCode(() -> OutboundAddresses.permitted(host)).as(host).doesNotThrowAnyException();
  }

  @Test
  void theOperatorMayAllowPrivateAddresses() throws Exception {
    System.setProperty(OutboundAddresses.PROPERTY, "allowed");

    assertThat(OutboundAddresses.permitted("127.0.0.1").isLoopbackAddress()).isTrue();
    assertThat(OutboundAddresses.permitted("10.0.0.1").getHostAddress()).isEqualTo("10.0.0.1");
    assertThatThrownBy(() -> OutboundAddresses.permitted("not-a-host.invalid"))
        .as("a name that does not resolve is never taken")
        .isInstanceOf(OutboundRefusal.class);
  }

  @Test
  void aRefusalSaysTheSameOfAnInsideAddressAndANameThatDoesNotResolve() {
    assertThatThrownBy(() -> OutboundAddresses.permitted("169.254.169.254"))
        .hasMessage("169.254.169.254 does not resolve to a public address");
    assertThatThrownBy(() -> OutboundAddresses.permitted("not-a-host.invalid"))
        .as("which inside names exist is not told")
        .hasMessage("not-a-host.invalid does not resolve to a public address");
  }

  @Test
  void aVendorIsCalledOnlyAtItsOwnHosts() {
    VendorEndpoint paypal =
        new VendorEndpoint("PayPal", List.of("api-m.paypal.com", "api-m.sandbox.paypal.com"));

    assertThat(paypal.requireUrl("apiUrl", "https://api-m.sandbox.paypal.com/", "x"))
        .isEqualTo("https://api-m.sandbox.paypal.com");
    for (String elsewhere :
        List.of(
            "http://api-m.paypal.com",
            "https://api-m.paypal.com:8443",
            "https://api-m.paypal.com.evil.test",
            "https://127.0.0.1",
            "https://8.8.8.8",
            "http://localhost:9990")) {
      assertThatThrownBy(() -> paypal.requireUrl("apiUrl", elsewhere, "x"))
          .as(elsewhere)
          .isInstanceOf(BrandcloudException.class)
          .hasMessageContaining("PayPal is reached only at its own address");
    }
  }

  @Test
  void aSelfHostedProductIsCalledAtAnyPublicAddressOnly() {
    VendorEndpoint virtFusion = new VendorEndpoint("VirtFusion", List.of());

    assertThat(virtFusion.requireUrl("apiUrl", "https://8.8.8.8/api", "x"))
        .isEqualTo("https://8.8.8.8/api");
    for (String inside :
        List.of("https://127.0.0.1", "http://[::ffff:10.0.0.1]", "https://2130706433")) {
      assertThatThrownBy(() -> virtFusion.requireUrl("apiUrl", inside, "x"))
          .as(inside)
          .isInstanceOf(BrandcloudException.class)
          .hasMessageContaining("does not resolve to a public address");
    }
  }

  @Test
  void withPrivateAddressesAllowedAVendorMayBeAStandIn() {
    System.setProperty(OutboundAddresses.PROPERTY, "allowed");
    VendorEndpoint linode = new VendorEndpoint("Linode", List.of("api.linode.com"));

    assertThat(linode.requireUrl("apiUrl", "http://127.0.0.1:8089", "x"))
        .isEqualTo("http://127.0.0.1:8089");
  }
}
