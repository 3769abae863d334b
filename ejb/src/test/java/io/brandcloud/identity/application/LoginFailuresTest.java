package io.brandcloud.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginFailuresTest {

  @Test
  void aTypedAddressIsCountedAsTypedButAlwaysFitsItsColumn() {
    assertThat(LoginFailures.key("ann@example.com")).isEqualTo("ann@example.com");
    assertThat(LoginFailures.key("ann\u0000@example.com")).isEqualTo("ann[U+0000]@example.com");
    String long1 = "a".repeat(300) + "@example.com";
    String long2 = "b".repeat(300) + "@example.com";
    assertThat(LoginFailures.key(long1)).hasSizeLessThanOrEqualTo(254).startsWith("sha256:");
    assertThat(LoginFailures.key(long1)).isNotEqualTo(LoginFailures.key(long2));
  }

  @Test
  void aClientCountsByItsAddressWithoutPortAndByItsIpv6Network() {
    assertThat(LoginFailures.source("203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(LoginFailures.source("203.0.113.7:51234")).isEqualTo("203.0.113.7");
    assertThat(LoginFailures.source("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo(LoginFailures.source("[2001:db8:1:2::1]:443"))
        .endsWith("/64");
    assertThat(LoginFailures.source("2001:db8:1:2::1"))
        .isNotEqualTo(LoginFailures.source("2001:db8:1:3::1"));
    assertThat(LoginFailures.source("not:an:address:zz")).isEqualTo("unknown");
  }
}
