package io.brandcloud.fraud.domain;

import java.util.Locale;

/** The domain of an e-mail address, lower-cased, without a trailing dot. */
public final class MailDomain {

  private MailDomain() {}

  public static String of(String email) {
    if (email == null) {
      return "";
    }
    String domain = email.substring(email.lastIndexOf('@') + 1).trim().toLowerCase(Locale.ROOT);
    return domain.endsWith(".") ? domain.substring(0, domain.length() - 1) : domain;
  }
}
