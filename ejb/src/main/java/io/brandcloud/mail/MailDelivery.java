package io.brandcloud.mail;

import java.util.Locale;

/**
 * Where mail goes: {@code local} keeps it in the outbox for admins to read (the demo's default),
 * {@code smtp} sends it through the mail session. Set with {@code MAIL_DELIVERY} or the system
 * property {@code brandcloud.mail.delivery}.
 */
public enum MailDelivery {
  LOCAL,
  SMTP;

  public static MailDelivery configured() {
    String value =
        System.getProperty(
            "brandcloud.mail.delivery", System.getenv().getOrDefault("MAIL_DELIVERY", "local"));
    return "smtp".equals(value.strip().toLowerCase(Locale.ROOT)) ? SMTP : LOCAL;
  }
}
