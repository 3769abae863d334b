package io.brandcloud.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets handed to users (API keys, links in e-mails) and the digests stored instead of
 * them. A plain SHA-256 suffices because the secrets carry 256 random bits, unlike passwords.
 */
public final class SecretTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String LOWER_ALPHANUMERIC = "abcdefghijkmnpqrstuvwxyz23456789";

  private SecretTokens() {}

  /** 32 random bytes, URL-safe. */
  public static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Short random text for identifiers people read, e.g. the visible prefix of an API key. */
  public static String randomAlphanumeric(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(LOWER_ALPHANUMERIC.charAt(RANDOM.nextInt(LOWER_ALPHANUMERIC.length())));
    }
    return text.toString();
  }

  /** A numeric code of the given length for people to type, e.g. from an e-mail. */
  public static String randomDigits(int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(RANDOM.nextInt(10));
    }
    return code.toString();
  }

  public static String sha256(String secret) {
    return sha256(secret.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of bytes in lower-case hex. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Compares digests in constant time, so timing reveals nothing about a stored hash. */
  public static boolean sameDigest(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
