package io.brandcloud.support.discord.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Interactions signed as Discord signs them, with a key made for the test. */
class DiscordSignatureTest {

  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private static final byte[] BODY = "{\"type\":1,\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);

  private final KeyPair application = keyPair();
  private final String publicKey = rawHex(application);
  private final String timestamp = Long.toString(NOW.getEpochSecond());

  @Test
  void aSignatureOverTheTimestampAndTheExactBodyIsValid() {
    String signature = sign(application, timestamp, BODY);

    assertThat(DiscordSignature.valid(publicKey, signature, timestamp, BODY, NOW)).isTrue();
    assertThat(DiscordSignature.valid(publicKey, signature.toUpperCase(), timestamp, BODY, NOW))
        .as("hex in either case")
        .isTrue();
  }

  @Test
  void aChangedBodyAnotherKeyOrAnotherTimestampIsRefused() {
    String signature = sign(application, timestamp, BODY);
    byte[] changed = Arrays.copyOf(BODY, BODY.length);
    changed[changed.length - 2] = '2';

    assertThat(DiscordSignature.valid(publicKey, signature, timestamp, changed, NOW)).isFalse();
    assertThat(DiscordSignature.valid(rawHex(keyPair()), signature, timestamp, BODY, NOW))
        .isFalse();
    assertThat(DiscordSignature.valid(publicKey, signature, timestamp + "1", BODY, NOW)).isFalse();
    assertThat(DiscordSignature.valid(publicKey, "00".repeat(64), timestamp, BODY, NOW)).isFalse();
    assertThat(DiscordSignature.valid(publicKey, "xyz", timestamp, BODY, NOW)).isFalse();
    assertThat(DiscordSignature.valid(publicKey, null, timestamp, BODY, NOW)).isFalse();
  }

  @Test
  void aRecordedRequestIsRefusedOnceItsTimestampIsFiveMinutesOld() {
    String signature = sign(application, timestamp, BODY);

    assertThat(DiscordSignature.valid(publicKey, signature, timestamp, BODY, NOW.plusSeconds(300)))
        .isTrue();
    assertThat(DiscordSignature.valid(publicKey, signature, timestamp, BODY, NOW.plusSeconds(301)))
        .isFalse();
    assertThat(DiscordSignature.valid(publicKey, signature, timestamp, BODY, NOW.minusSeconds(301)))
        .as("a clock far ahead")
        .isFalse();
    assertThat(DiscordSignature.valid(publicKey, signature, "yesterday", BODY, NOW)).isFalse();
  }

  @Test
  void aKeyOfSmallOrderIsRefusedSinceTheNeutralSignatureWouldVerifyAnything() {
    String neutral = "01" + "00".repeat(63);
    for (String weak :
        new String[] {
          "00".repeat(32),
          "01" + "00".repeat(31),
          "01" + "00".repeat(30) + "80",
          "ec" + "ff".repeat(30) + "7f",
          "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85"
        }) {
      assertThat(DiscordSignature.wellFormedKey(weak)).as(weak).isFalse();
      assertThat(DiscordSignature.valid(weak, neutral, timestamp, BODY, NOW)).as(weak).isFalse();
    }
  }

  @Test
  void onlyAPublicKeyAsDiscordShowsItIsWellFormed() {
    assertThat(DiscordSignature.wellFormedKey(publicKey)).isTrue();
    assertThat(DiscordSignature.wellFormedKey(publicKey.substring(2))).isFalse();
    assertThat(DiscordSignature.wellFormedKey("g".repeat(64))).isFalse();
    assertThat(DiscordSignature.wellFormedKey(null)).isFalse();
  }

  static KeyPair keyPair() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The 32 raw bytes Discord shows as the application's public key, in hex. */
  static String rawHex(KeyPair keys) {
    byte[] encoded = keys.getPublic().getEncoded();
    return HexFormat.of()
        .formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
  }

  static String sign(KeyPair keys, String timestamp, byte[] body) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(keys.getPrivate());
      signer.update(timestamp.getBytes(StandardCharsets.UTF_8));
      signer.update(body);
      return HexFormat.of().formatHex(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
