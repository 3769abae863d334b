package io.brandcloud.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets kept in the database (TOTP seeds, provider tokens) with AES-256-GCM. The key
 * comes from {@code BRANDCLOUD_SECRET_KEY} (32 bytes, base64), never from the database. The context
 * (e.g. schema and purpose) is authenticated, so a ciphertext copied to another row or tenant does
 * not decrypt.
 */
public final class SecretBox {

  public static final String KEY_VARIABLE = "BRANDCLOUD_SECRET_KEY";
  private static final byte VERSION = 1;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;

  public SecretBox(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("An AES-256 key has 32 bytes, not " + key.length);
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /** The box with the server's key, or a clear error naming the variable to set. */
  public static SecretBox fromEnvironment() {
    String encoded = System.getenv(KEY_VARIABLE);
    if (encoded == null || encoded.isBlank()) {
      throw new IllegalStateException(
          KEY_VARIABLE + " is not set: give the server 32 random bytes, base64-encoded");
    }
    return new SecretBox(Base64.getDecoder().decode(encoded.strip()));
  }

  public byte[] seal(String plaintext, String context) {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, context);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + IV_BYTES + sealed.length)
          .put(VERSION)
          .put(iv)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  public String open(byte[] box, String context) {
    if (box.length < 1 + IV_BYTES || box[0] != VERSION) {
      throw new IllegalArgumentException("Not a sealed secret of version " + VERSION);
    }
    byte[] iv = new byte[IV_BYTES];
    System.arraycopy(box, 1, iv, 0, IV_BYTES);
    try {
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv, context);
      byte[] plain = cipher.doFinal(box, 1 + IV_BYTES, box.length - 1 - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The secret does not open with this key and context", e);
    }
  }

  private Cipher cipher(int mode, byte[] iv, String context) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }
}
