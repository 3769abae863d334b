package io.brandcloud.support.mailin.domain;

import java.io.Serializable;
import java.time.Instant;

/** A mail read from the support mailbox, and what became of it. */
public record ReceivedMail(
    long id, String sender, String subject, Outcome outcome, Long ticketId, Instant receivedAt)
    implements Serializable {

  /** Why a mail did or did not become an answer. */
  public enum Outcome {
    /** It is an answer in its ticket now. */
    ACCEPTED,
    /** The sender is nobody who may write in the ticket. */
    UNKNOWN_SENDER,
    /** A delivery failure or an automatic answer (out of office, mailing lists). */
    BOUNCE,
    /** The subject names no ticket, or a wrong secret. */
    NO_TICKET,
    /** Nothing was left after the quoted mail was taken off. */
    EMPTY,
    /** The ticket refused it (the writer lost the permission, say). */
    REFUSED,
    /** The sender wrote more answers to the ticket within an hour than a person would. */
    THROTTLED,
    /** Handling it failed; it is tried again at the next reading. */
    FAILING,
    /** Handling it failed five times; it is left unanswered in the mailbox. */
    FAILED
  }
}
