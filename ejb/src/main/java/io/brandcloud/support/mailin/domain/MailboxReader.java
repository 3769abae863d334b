package io.brandcloud.support.mailin.domain;

import java.util.function.Predicate;

/** Reads a support mailbox; implemented over IMAP. */
public interface MailboxReader {

  /**
   * Hands each unread mail, oldest first and at most {@code max}, to {@code handler}, and marks it
   * read once the handler returned true; a mail whose handler failed stays unread for the next
   * time. Holds no transaction: each handler call makes its own.
   *
   * @return how many mails were handed over
   * @throws MailboxUnavailable when the mailbox cannot be reached or logged into
   */
  int readUnread(MailboxServer server, String password, int max, Predicate<InboundMail> handler);

  /** The mailbox could not be read; the message says why, in words for admins. */
  class MailboxUnavailable extends RuntimeException {
    public MailboxUnavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
