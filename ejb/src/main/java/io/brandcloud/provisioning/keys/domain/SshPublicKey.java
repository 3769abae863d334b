package io.brandcloud.provisioning.keys.domain;

import io.brandcloud.shared.BrandcloudException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * An OpenSSH public key as a customer pastes it ({@code ssh-ed25519 AAAA… laptop}), read by Apache
 * MINA SSHD: only the kinds every provider and every current OpenSSH take, RSA from 2,048 bits.
 * What is kept is the type and the key data; the comment is the customer's to repeat as the name.
 */
public record SshPublicKey(String type, String data, int bits, String fingerprint) {

  public static final int MAX_LENGTH = 8192;
  private static final int MIN_RSA_BITS = 2048;
  private static final Set<String> TYPES =
      Set.of(
          "ssh-ed25519",
          "ecdsa-sha2-nistp256",
          "ecdsa-sha2-nistp384",
          "ecdsa-sha2-nistp521",
          "ssh-rsa");

  /** Reads one key line; anything else is refused saying what is wrong with it. */
  public static SshPublicKey parse(String line) {
    String text = line == null ? "" : line.strip();
    if (text.isEmpty()) {
      throw BrandcloudException.invalid(
          "publicKey", "Paste the public key, e.g. ssh-ed25519 AAAA…");
    }
    if (text.length() > MAX_LENGTH || text.contains("\n") || text.contains("\r")) {
      throw BrandcloudException.invalid(
          "publicKey", "Paste one public key on one line (the .pub file), not a private key");
    }
    String[] parts = text.split("\\s+");
    if (parts.length < 2 || !TYPES.contains(parts[0])) {
      throw BrandcloudException.invalid(
          "publicKey",
          "Use an ssh-ed25519, ecdsa-sha2-nistp256/384/521 or ssh-rsa key (the line starts with"
              + " its type)");
    }
    PublicKey key = resolve(parts[0] + " " + parts[1]);
    int bits = bitsOf(key);
    if (key instanceof RSAPublicKey && bits < MIN_RSA_BITS) {
      throw BrandcloudException.invalid(
          "publicKey",
          "This RSA key has "
              + bits
              + " bits; use one of at least "
              + MIN_RSA_BITS
              + " or ed25519");
    }
    String type = KeyUtils.getKeyType(key);
    if (!type.equals(parts[0])) {
      throw BrandcloudException.invalid(
          "publicKey", "The key says it is " + parts[0] + " but holds a " + type + " key");
    }
    return new SshPublicKey(type, parts[1], bits, KeyUtils.getFingerPrint(key));
  }

  /** The line an {@code authorized_keys} file and the providers take: type and key data. */
  public String openSsh() {
    return type + " " + data;
  }

  /** The MD5 fingerprint in the colon form DigitalOcean names keys by. */
  public String md5Fingerprint() {
    String md5 = KeyUtils.getFingerPrint(BuiltinDigests.md5, resolve(openSsh()));
    return md5.substring(md5.indexOf(':') + 1);
  }

  private static PublicKey resolve(String typeAndData) {
    try {
      PublicKey key =
          PublicKeyEntry.parsePublicKeyEntry(typeAndData)
              .resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
      if (key == null) {
        throw new IllegalArgumentException("no key");
      }
      return key;
    } catch (Exception e) {
      throw BrandcloudException.invalid(
          "publicKey", "This is not a readable public key: check that it was copied whole");
    }
  }

  private static int bitsOf(PublicKey key) {
    if (key instanceof RSAPublicKey rsa) {
      return rsa.getModulus().bitLength();
    }
    if (key instanceof ECPublicKey ec) {
      return ec.getParams().getCurve().getField().getFieldSize();
    }
    return 256;
  }
}
