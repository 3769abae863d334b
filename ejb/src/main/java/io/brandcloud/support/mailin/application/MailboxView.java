package io.brandcloud.support.mailin.application;

import io.brandcloud.support.mailin.domain.MailboxServer;
import io.brandcloud.support.mailin.domain.SupportMailbox;
import java.io.Serializable;
import java.time.Instant;

/** The support mailbox as staff see it: never its password. */
public record MailboxView(
    String address,
    String host,
    int port,
    String security,
    String username,
    String folder,
    boolean enabled,
    Instant checkedAt,
    String checkError)
    implements Serializable {

  static MailboxView of(SupportMailbox mailbox) {
    MailboxServer server = mailbox.server();
    return new MailboxView(
        server.address(),
        server.host(),
        server.port(),
        server.security().name().toLowerCase(java.util.Locale.ROOT),
        server.username(),
        server.folder(),
        mailbox.enabled(),
        mailbox.checkedAt().orElse(null),
        mailbox.checkError().orElse(null));
  }
}
