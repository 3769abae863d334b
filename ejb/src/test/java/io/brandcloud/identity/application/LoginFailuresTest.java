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
}
