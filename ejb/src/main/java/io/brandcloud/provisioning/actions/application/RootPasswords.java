package io.brandcloud.provisioning.actions.application;

import io.brandcloud.shared.TenantSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Root passwords for new, rebuilt and reset servers: chosen here when the action is asked for (so a
 * retry sets the same one), sealed for the tenant and server until the owner reads it once.
 */
@ApplicationScoped
public class RootPasswords {

  // no characters that look alike or that shells and URLs treat specially
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  private static final int LENGTH = 24;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new random password that passes every provider's strength rules. */
  public String choose() {
    StringBuilder password = new StringBuilder(LENGTH + 2);
    for (int i = 0; i < LENGTH; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    // Linode scores strength by character classes: a symbol and a digit make every draw pass
    return password.append("-").append(2 + RANDOM.nextInt(8)).toString();
  }

  public byte[] seal(String rootPassword, long serverId) {
    return TenantSecrets.seal(rootPassword, "root-password:" + serverId);
  }

  public String open(byte[] sealed, long serverId) {
    return TenantSecrets.open(sealed, "root-password:" + serverId);
  }
}
