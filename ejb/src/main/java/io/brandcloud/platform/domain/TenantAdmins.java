package io.brandcloud.platform.domain;

/**
 * Creates a new tenant's first administrator, in the tenant's schema, asked by the platform and
 * answered by identity, which owns user accounts.
 */
public interface TenantAdmins {

  /** Returns the one-time password to show the operator once. */
  String createFirst(String email, String displayName);
}
