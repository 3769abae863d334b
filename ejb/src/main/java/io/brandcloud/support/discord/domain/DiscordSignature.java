package io.brandcloud.support.discord.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Whether Discord sent an interaction: its {@code X-Signature-Ed25519} is the application's Ed25519
 * signature over {@code X-Signature-Timestamp} followed by the body's exact bytes. A timestamp more
 * than five minutes off is refused too, so a recorded request cannot be replayed later.
 */
public final class DiscordSignature {

  static final Duration TOLERANCE = Duration.ofMinutes(5);
  private static final Pattern HEX_KEY = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern HEX_SIGNATURE = Pattern.compile("[0-9a-fA-F]{128}");
  // An Ed25519 public key in X.509 form is this prefix followed by the 32 raw bytes Discord shows
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  // the points of order 1, 2, 4 and 8 and the non-canonical encodings of 0, 1 and -1 (as libsodium
  // lists them), each with its sign bit cleared
  private static final byte[][] SMALL_ORDER = {
    HexFormat.of().parseHex("0000000000000000000000000000000000000000000000000000000000000000"),
    HexFormat.of().parseHex("0100000000000000000000000000000000000000000000000000000000000000"),
    HexFormat.of().parseHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
    HexFormat.of().parseHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
    HexFormat.of().parseHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    HexFormat.of().parseHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    HexFormat.of().parseHex("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f")
  };

  private DiscordSignature() {}

  /** Whether {@code key} looks like the public key Discord shows for an application. */
  public static boolean wellFormedKey(String key) {
    return key != null && HEX_KEY.matcher(key).matches() && publicKey(key) != null;
  }

  public static boolean valid(
      String publicKeyHex, String signatureHex, String timestamp, byte[] body, Instant now) {
    if (signatureHex == null
        || timestamp == null
        || !HEX_SIGNATURE.matcher(signatureHex).matches()) {
      return false;
    }
    if (!fresh(timestamp, now)) {
      return false;
    }
    PublicKey key = publicKey(publicKeyHex);
    if (key == null) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(timestamp.getBytes(StandardCharsets.UTF_8));
      verifier.update(body);
      return verifier.verify(HexFormat.of().parseHex(signatureHex));
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * Whether the key is one of the points of small order (in any of their encodings, the sign bit
   * aside): for them a signature of the neutral point and zero verifies over any message, so such a
   * key, saved by mistake, would let anyone in.
   */
  private static boolean ofSmallOrder(byte[] key) {
    byte[] unsigned = key.clone();
    unsigned[31] &= 0x7f;
    for (byte[] weak : SMALL_ORDER) {
      if (java.security.MessageDigest.isEqual(unsigned, weak)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fresh(String timestamp, Instant now) {
    try {
      Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp));
      return Duration.between(at, now).abs().compareTo(TOLERANCE) <= 0;
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return false;
    }
  }

  private static PublicKey publicKey(String hex) {
    if (hex == null || !HEX_KEY.matcher(hex).matches()) {
      return null;
    }
    byte[] raw = HexFormat.of().parseHex(hex);
    if (ofSmallOrder(raw)) {
      return null;
    }
    byte[] encoded = new byte[X509_PREFIX.length + raw.length];
    System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
    System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    } catch (GeneralSecurityException e) {
      return null;
    }
  }
}
