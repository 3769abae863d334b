package io.brandcloud.platform.domain;

/**
 * Creates a new tenant's first administrator, in the tenant's schema, asked by the platform and
 * answered by identity, which owns user accounts.
 */
public interface TenantAdmins {

  /** Returns the one-time password to show the operator once. */
  String createFirst(String email, String displayName);

  /**
   * A new one-time password for the first admin who has not yet chosen a password of their own (the
   * one handed over before opens nothing any more); the admin's address and the password, to show
   * the operator once.
   */
  HandedOver reissueFirst();

  /** Who a one-time password was handed to, and the password. */
  record HandedOver(String email, String oneTimePassword) {}
}
