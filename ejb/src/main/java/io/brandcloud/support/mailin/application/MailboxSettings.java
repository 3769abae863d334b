package io.brandcloud.support.mailin.application;

/**
 * The support mailbox as staff set it; a null password keeps the one kept, a null folder means
 * INBOX and a null {@code enabled} means on.
 */
public record MailboxSettings(
    String address,
    String host,
    Integer port,
    String security,
    String username,
    String password,
    String folder,
    Boolean enabled) {}
