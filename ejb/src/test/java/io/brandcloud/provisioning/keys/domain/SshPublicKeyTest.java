package io.brandcloud.provisioning.keys.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fingerprints are those {@code ssh-keygen -l} printed for the same files. */
class SshPublicKeyTest {

  @ParameterizedTest
  @CsvSource({
    "ed25519.pub, ssh-ed25519, 256, SHA256:2hnLzgXcIE6h+6yO68rLS6es/75J3oNP+UU9EQM4sU0",
    "ecdsa-384.pub, ecdsa-sha2-nistp384, 384, SHA256:ulWCWUSDW5c9NUqvKvnjdPm3/tEDRhPQFafrnv028/4",
    "rsa-2048.pub, ssh-rsa, 2048, SHA256:m8pdSOOU3Pc6+mDNMYF5ShEMb5f6KqJFvWzRgj1GYAc"
  })
  void readsTheKeysEveryProviderTakesWithOpenSshsFingerprint(
      String file, String type, int bits, String fingerprint) throws IOException {
    String line = pub(file);
    SshPublicKey key = SshPublicKey.parse("  " + line + "  ");
    assertThat(key.type()).isEqualTo(type);
    assertThat(key.bits()).isEqualTo(bits);
    assertThat(key.fingerprint()).isEqualTo(fingerprint);
    assertThat(key.openSsh()).isEqualTo(line.substring(0, line.lastIndexOf(' ')));
  }

  @Test
  void givesDigitalOceansMd5Fingerprint() throws IOException {
    assertThat(SshPublicKey.parse(pub("ed25519.pub")).md5Fingerprint())
        .isEqualTo("de:dc:e2:cf:46:08:e7:66:96:e0:01:10:75:3d:d8:27");
  }

  @Test
  void refusesShortRsaKeysAndKindsProvidersDoNotAllTake() throws IOException {
    assertThatThrownBy(() -> SshPublicKey.parse(pub("rsa-1024.pub")))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("1024 bits");
    assertThatThrownBy(() -> SshPublicKey.parse(pub("dsa.pub")))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("ssh-ed25519");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ssh-ed25519",
        "ssh-ed25519 AAAA-not-base64",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOGRwRi2EFXPmHRq",
        "-----BEGIN OPENSSH PRIVATE KEY-----",
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOGRwRi2EFXPmHRqcujN+uCoQZM/nflqdFyljoG5Hi/j\\nssh-rsa X"
      })
  void refusesWhatIsNotOneWholePublicKey(String text) {
    assertThatThrownBy(() -> SshPublicKey.parse(text.replace("\\n", "\n")))
        .isInstanceOf(BrandcloudException.class);
  }

  @Test
  void refusesAKeyWhoseDataIsOfAnotherTypeThanItsLabel() throws IOException {
    String rsaData = pub("rsa-2048.pub").split(" ")[1];
    assertThatThrownBy(() -> SshPublicKey.parse("ssh-ed25519 " + rsaData))
        .isInstanceOf(BrandcloudException.class);
  }

  private static String pub(String file) throws IOException {
    try (InputStream in = SshPublicKeyTest.class.getResourceAsStream("/ssh-keys/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}
