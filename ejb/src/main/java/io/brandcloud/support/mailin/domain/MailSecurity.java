package io.brandcloud.support.mailin.domain;

/** How the connection to a mailbox is protected. */
public enum MailSecurity {
  /** TLS from the first byte (IMAPS, usually port 993). */
  SSL,
  /** A plain connection that must switch to TLS before logging in (usually port 143). */
  STARTTLS,
  /** No encryption: only for a mail server on the same machine or network. */
  NONE
}
