package io.brandcloud.retention.domain;

/** What one purge removed from one tenant, kind by kind. */
public record Purged(
    long attachments,
    long mails,
    long notifications,
    long loginSessions,
    long auditEntries,
    long dataExports,
    long allowedChecks,
    long billedTo,
    long erasedAccounts) {

  public long total() {
    return attachments
        + mails
        + notifications
        + loginSessions
        + auditEntries
        + dataExports
        + allowedChecks
        + billedTo
        + erasedAccounts;
  }

  /** For the audit log. */
  public String describe() {
    return attachments
        + " attachment(s), "
        + mails
        + " mail(s), "
        + notifications
        + " notification(s), "
        + loginSessions
        + " login session(s), "
        + auditEntries
        + " audit entr(ies), "
        + dataExports
        + " data export archive(s), "
        + allowedChecks
        + " allowed fraud check(s), "
        + billedTo
        + " invoice(s) no longer naming whom they were billed to, "
        + erasedAccounts
        + " closed account(s) erased";
  }
}
