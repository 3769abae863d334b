package io.brandcloud.contracts;

/** Two customers' public keys as a build passes them to a provider: type and key data. */
public final class TestSshKeys {

  public static final String KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOGRwRi2EFXPmHRqcujN+uCoQZM/nflqdFyljoG5Hi/j";
  public static final String OTHER_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDdDiLjv6C+FlI2IIfIpdpP+OOn3Vbv41UvURY9ek93z";

  /** {@code ssh-keygen -E md5 -l} of {@link #KEY}, as DigitalOcean names it. */
  public static final String KEY_MD5 = "de:dc:e2:cf:46:08:e7:66:96:e0:01:10:75:3d:d8:27";

  private TestSshKeys() {}
}
