package io.brandcloud.support.mailin.domain;

/**
 * A mail read from the support mailbox, reduced to what the desk needs.
 *
 * @param messageId the Message-ID, or a stand-in made from the mail's content when it has none
 * @param sender the bare From address, lower case; null when there is none
 * @param text the plain text of the mail, quotes and all
 * @param automatic whether a machine wrote it (a bounce, an out-of-office answer, a list)
 */
public record InboundMail(
    String messageId, String sender, String subject, String text, boolean automatic) {}
