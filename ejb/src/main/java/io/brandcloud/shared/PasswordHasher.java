package io.brandcloud.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Jakarta Security's PBKDF2 with OWASP's 2023 figure for HMAC-SHA512. The iteration count can be
 * lowered through {@code PASSWORD_HASH_ITERATIONS} for test servers; stored hashes carry their own
 * parameters, so raising it later keeps old passwords working.
 *
 * <p>A password that matched is recognised again for {@code PASSWORD_CHECK_CACHE_SECONDS} (default
 * 300, 0 never) without PBKDF2: API clients send it with every call (HTTP Basic), and at 210,000
 * iterations each check costs a core about a tenth of a second. What is kept is a keyed digest of
 * the stored hash and the password, under a key made at start and never stored, so a changed
 * password (a new salt) is not recognised, and a wrong one always costs the full check.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final int MAX_RECOGNISED = 10_000;
  private static final long NOT_A_TENANT = 0;

  @Inject Pbkdf2PasswordHash hash;

  private final SecretKeySpec recognitionKey = new SecretKeySpec(randomBytes(32), "HmacSHA256");
  private RecentAnswers<Boolean> recognised;

  @PostConstruct
  void configure() {
    configure(
        System.getenv().getOrDefault("PASSWORD_HASH_ITERATIONS", "210000"),
        Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("PASSWORD_CHECK_CACHE_SECONDS", "300"))));
  }

  void configure(String iterations, Duration recognisedFor) {
    if (recognisedFor.isNegative()) {
      throw new IllegalArgumentException("PASSWORD_CHECK_CACHE_SECONDS cannot be negative");
    }
    recognised =
        recognisedFor.isZero()
            ? null
            : new RecentAnswers<>(recognisedFor, MAX_RECOGNISED, new AtomicLong());
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
    if (password == null) {
      return false;
    }
    if (recognised == null) {
      return hash.verify(password.toCharArray(), storedHash);
    }
    String digest = recognitionDigest(password, storedHash);
    if (recognised.get(NOT_A_TENANT, digest).isPresent()) {
      return true;
    }
    long epoch = recognised.epoch();
    boolean matches = hash.verify(password.toCharArray(), storedHash);
    if (matches) {
      recognised.remember(NOT_A_TENANT, digest, Boolean.TRUE, epoch);
    }
    return matches;
  }

  private String recognitionDigest(String password, String storedHash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(recognitionKey);
      mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
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
