package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private final SecretBox box =
      new SecretBox("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

  @Test
  void aSealedSecretOpensInItsOwnContextAndDoesNotShowThePlaintext() {
    byte[] sealed = box.seal("JBSWY3DPEHPK3PXP", "t_acme:totp:7");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("JBSWY3DPEHPK3PXP");
    assertThat(box.open(sealed, "t_acme:totp:7")).isEqualTo("JBSWY3DPEHPK3PXP");
  }

  @Test
  void theSameSecretSealsDifferentlyEachTime() {
    assertThat(box.seal("x", "c")).isNotEqualTo(box.seal("x", "c"));
  }

  @Test
  void aCiphertextMovedToAnotherTenantOrUserDoesNotOpen() {
    byte[] sealed = box.seal("seed", "t_acme:totp:7");
    assertThatThrownBy(() -> box.open(sealed, "t_globex:totp:7"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> box.open(sealed, "t_acme:totp:8"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherKeyCannotOpenIt() {
    byte[] sealed = box.seal("seed", "c");
    SecretBox other =
        new SecretBox("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> other.open(sealed, "c")).isInstanceOf(IllegalStateException.class);
  }
}
