package io.brandcloud.provisioning.servers.domain;

import io.brandcloud.shared.BrandcloudException;
import java.nio.charset.StandardCharsets;

/**
 * Cloud-init user data as a customer gives it at create: a cloud-config or a script of at most
 * {@value #MAX_BYTES} bytes (what every provider here takes, Linode's limit after its Base64), or
 * none; anything else cloud-init would silently ignore.
 */
public final class UserData {

  public static final int MAX_BYTES = 16_384;

  private UserData() {}

  /** The user data as given, or null for none (also for only blanks). */
  public static String require(String userData) {
    if (userData == null || userData.isBlank()) {
      return null;
    }
    if (userData.indexOf('\0') >= 0) {
      throw BrandcloudException.invalid("userData", "User data is text: it holds a NUL character");
    }
    if (!userData.startsWith("#cloud-config") && !userData.startsWith("#!")) {
      throw BrandcloudException.invalid(
          "userData", "User data is a cloud-config (#cloud-config) or a script (#!)");
    }
    int bytes = userData.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_BYTES) {
      throw BrandcloudException.invalid(
          "userData", "User data is at most " + MAX_BYTES + " bytes; this is " + bytes + " bytes");
    }
    return userData;
  }
}
