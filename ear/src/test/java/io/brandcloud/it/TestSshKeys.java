package io.brandcloud.it;

/** Public keys as a customer pastes them ({@code ssh-keygen} output), for the key tests. */
final class TestSshKeys {

  static final String LAPTOP =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOGRwRi2EFXPmHRqcujN+uCoQZM/nflqdFyljoG5Hi/j laptop";
  static final String LAPTOP_FINGERPRINT = "SHA256:2hnLzgXcIE6h+6yO68rLS6es/75J3oNP+UU9EQM4sU0";
  static final String DESK =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDdDiLjv6C+FlI2IIfIpdpP+OOn3Vbv41UvURY9ek93z desk";
  static final String WEAK_RSA =
      "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDn8kNdV2Ag/bwWIs0JK0Pp/MbSfDYFmHsIjf9Jj3aIHBs5vh28sKQL"
          + "zcvrVQqiAiF+iNhzRKrxEeJWTglXm9PcD2eAYbbr/8NMMPnr1oQqZ8ZVxTpdLNFbGMcQJS9fdQUb69tqYpbH7HRoo5"
          + "CFh4fiGMBBWAjlh2/bcWX/YlStjw== weak";

  private TestSshKeys() {}

  /** The line without its comment: what a server's {@code authorized_keys} gets. */
  static String withoutComment(String key) {
    return key.substring(0, key.lastIndexOf(' '));
  }
}
