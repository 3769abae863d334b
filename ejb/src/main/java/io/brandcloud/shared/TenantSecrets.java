package io.brandcloud.shared;

import io.brandcloud.tenancy.CurrentTenant;

/**
 * Secrets sealed for the current tenant and one purpose, such as {@code "totp:17"}. The tenant's
 * schema and the purpose are bound into the seal, so a sealed value copied to another tenant's row,
 * or to another row of the same tenant, does not open.
 */
public final class TenantSecrets {

  private TenantSecrets() {}

  /** The secret sealed, or null for no secret. */
  public static byte[] seal(String secret, String purpose) {
    return secret == null ? null : SecretBox.fromEnvironment().seal(secret, context(purpose));
  }

  /** The secret a {@link #seal} for the same tenant and purpose holds, or null for none. */
  public static String open(byte[] sealed, String purpose) {
    return sealed == null ? null : SecretBox.fromEnvironment().open(sealed, context(purpose));
  }

  private static String context(String purpose) {
    return CurrentTenant.require().schema().name() + ":" + purpose;
  }
}
