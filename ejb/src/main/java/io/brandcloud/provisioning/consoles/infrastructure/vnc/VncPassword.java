package io.brandcloud.provisioning.consoles.infrastructure.vnc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * VNC authentication's answer (RFC 6143, 7.2.2): the server's 16-byte challenge encrypted with DES,
 * keyed by the first 8 bytes of the password, each byte's bits mirrored as VNC has always done.
 */
final class VncPassword {

  private VncPassword() {}

  static byte[] response(byte[] challenge, String password) {
    byte[] typed = password.getBytes(StandardCharsets.ISO_8859_1);
    byte[] key = new byte[8];
    for (int i = 0; i < Math.min(8, typed.length); i++) {
      key[i] = (byte) (Integer.reverse(typed[i] & 0xff) >>> 24);
    }
    try {
      Cipher des = Cipher.getInstance("DES/ECB/NoPadding");
      des.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "DES"));
      return des.doFinal(challenge);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java has no DES for VNC authentication", e);
    }
  }
}
