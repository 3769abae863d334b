package io.brandcloud.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2 with OWASP's 2023 figure for HMAC-SHA512. The iteration count can be
 * lowered through {@code PASSWORD_HASH_ITERATIONS} for test servers; stored hashes carry their own
 * parameters, so raising it later keeps old passwords working.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    String iterations = System.getenv().getOrDefault("PASSWORD_HASH_ITERATIONS", "210000");
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", iterations,
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return password != null && hash.verify(password.toCharArray(), storedHash);
  }

  /**
   * A password shown once to its owner (first admin, first operator), 16 unambiguous characters.
   */
  public String oneTimePassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
