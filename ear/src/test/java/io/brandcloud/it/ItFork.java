package io.brandcloud.it;

/**
 * The integration tests run in two Failsafe forks at once, each with its own WildFly, database and
 * stand-ins (ear pom, {@code it.forks}). Everything a test listens on or names is numbered by its
 * fork here, the same numbers the pom gives the fork's server: fork 1 has the ports the tests
 * always had.
 */
public final class ItFork {

  private ItFork() {}

  /**
   * 1 or 2: the Failsafe fork this JVM belongs to, or whose server this is, read from its port
   * offset (n10 for fork n; Failsafe gives a fork its number only inside a longer value).
   */
  public static int number() {
    Integer offset =
        Integer.getInteger(
            "it.port.offset", Integer.getInteger("jboss.socket.binding.port-offset", 110));
    return Math.max(1, offset / 100);
  }

  /** The GreenMail SMTP port the fork's server delivers to ({@code SMTP_PORT} in the pom). */
  public static int smtpPort() {
    return 2025 + 100 * number();
  }

  /** The GreenMail IMAP port a support mailbox is read from. */
  public static int imapPort() {
    return 3043 + 100 * number();
  }

  /** The Discord stand-in's port ({@code BRANDCLOUD_DISCORD_API} in the pom). */
  public static int discordPort() {
    return 3090 + 100 * number();
  }

  /** The VIES stand-in's port ({@code BRANDCLOUD_VIES_API} in the pom). */
  public static int viesPort() {
    return 3091 + 100 * number();
  }
}
