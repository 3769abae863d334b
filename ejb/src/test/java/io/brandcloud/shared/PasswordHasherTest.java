package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final CountingHash slowHash = new CountingHash();

  @Test
  void aPasswordThatMatchedIsRecognisedWithoutTheSlowCheck() {
    PasswordHasher hasher = hasher(Duration.ofMinutes(5));
    String stored = hasher.hash("correct horse");

    assertThat(hasher.matches("correct horse", stored)).isTrue();
    assertThat(hasher.matches("correct horse", stored)).isTrue();

    assertThat(slowHash.verifications).isEqualTo(1);
  }

  @Test
  void aWrongPasswordAlwaysCostsTheSlowCheck() {
    PasswordHasher hasher = hasher(Duration.ofMinutes(5));
    String stored = hasher.hash("correct horse");

    assertThat(hasher.matches("wrong horse", stored)).isFalse();
    assertThat(hasher.matches("wrong horse", stored)).isFalse();

    assertThat(slowHash.verifications).isEqualTo(2);
  }

  @Test
  void aChangedPasswordIsNotRecognisedUnderItsNewHash() {
    PasswordHasher hasher = hasher(Duration.ofMinutes(5));
    String old = hasher.hash("correct horse");
    assertThat(hasher.matches("correct horse", old)).isTrue();

    String changed = hasher.hash("battery staple");

    assertThat(hasher.matches("correct horse", changed)).isFalse();
    assertThat(hasher.matches("battery staple", changed)).isTrue();
    assertThat(slowHash.verifications).isEqualTo(3);
  }

  @Test
  void noRecognitionWhenTurnedOff() {
    PasswordHasher hasher = hasher(Duration.ZERO);
    String stored = hasher.hash("correct horse");

    assertThat(hasher.matches("correct horse", stored)).isTrue();
    assertThat(hasher.matches("correct horse", stored)).isTrue();
    assertThat(hasher.matches(null, stored)).isFalse();

    assertThat(slowHash.verifications).isEqualTo(2);
  }

  @Test
  void aNegativeTimeIsRefusedAtStart() {
    PasswordHasher hasher = new PasswordHasher();
    hasher.hash = slowHash;

    assertThatThrownBy(() -> hasher.configure("1", Duration.ofSeconds(-1)))
        .hasMessageContaining("PASSWORD_CHECK_CACHE_SECONDS");
  }

  private PasswordHasher hasher(Duration recognisedFor) {
    PasswordHasher hasher = new PasswordHasher();
    hasher.hash = slowHash;
    hasher.configure("1", recognisedFor);
    return hasher;
  }

  /** Stands in for the container's PBKDF2: a distinct stored form per call, like a fresh salt. */
  private static final class CountingHash implements Pbkdf2PasswordHash {
    int verifications;
    int generated;

    @Override
    public void initialize(Map<String, String> parameters) {}

    @Override
    public String generate(char[] password) {
      generated++;
      return "salt" + generated + ":" + new String(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
      verifications++;
      return hashedPassword.substring(hashedPassword.indexOf(':') + 1).equals(new String(password));
    }
  }
}
