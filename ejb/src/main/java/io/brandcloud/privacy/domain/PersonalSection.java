package io.brandcloud.privacy.domain;

/**
 * The JSON files of a data export, in the order the archive holds them. The person's own records
 * (profile, memberships, consents, logins, keys, what they did) are theirs wherever they work; the
 * business records (servers, money, subscriptions) are those of the organisations they own; tickets
 * are those of their organisations and those they opened.
 */
public enum PersonalSection {
  PROFILE("profile.json"),
  ORGANISATIONS("organisations.json"),
  TAX_ID_CHECKS("tax-id-checks.json"),
  SERVERS("servers.json"),
  SERVER_ACTIONS("server-actions.json"),
  SSH_KEYS("ssh-keys.json"),
  SUBSCRIPTIONS("subscriptions.json"),
  LEDGER("ledger.json"),
  INVOICES("invoices.json"),
  CREDIT_NOTES("credit-notes.json"),
  PAYMENTS("payments.json"),
  TICKETS("tickets.json"),
  CONSENTS("consents.json"),
  LOGINS("logins.json"),
  API_KEYS("api-keys.json"),
  SCREENING("screening.json"),
  NOTIFICATIONS("notifications.json"),
  NOTIFICATION_CHOICES("notification-choices.json"),
  ACTIVITY("activity.json");

  private final String fileName;

  PersonalSection(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  /** One object rather than a list. */
  public boolean isSingle() {
    return this == PROFILE;
  }
}
