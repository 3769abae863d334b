package io.brandcloud.demo;

/** The demo's fixed passwords, printed by the run command; never used outside the demo tenants. */
public final class DemoLogins {

  private DemoLogins() {}

  public static String password(String slug, String who) {
    return slug + "-" + who + "-demo";
  }
}
