package io.brandcloud.support.mailin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.OutboundAddresses;
import io.brandcloud.support.mailin.domain.MailSecurity;
import io.brandcloud.support.mailin.domain.MailboxReader;
import io.brandcloud.support.mailin.domain.MailboxServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The mailbox reader calls no server of the platform's own network, and says nothing of ports. */
class ImapMailboxReaderTest {

  @AfterEach
  void allowStandInsAgain() {
    System.setProperty(OutboundAddresses.PROPERTY, "allowed");
  }

  @Test
  void aServerOnThePlatformsOwnNetworkIsNeverContacted() throws Exception {
    System.setProperty(OutboundAddresses.PROPERTY, "refused");
    try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      MailboxServer inside = server("127.0.0.1", listening.getLocalPort());

      assertThatThrownBy(() -> new ImapMailboxReader().readUnread(inside, "pw", 10, mail -> true))
          .isInstanceOf(MailboxReader.MailboxUnavailable.class)
          .hasMessage("The mail server 127.0.0.1 does not resolve to a public address");

      listening.setSoTimeout(200);
      assertThatThrownBy(listening::accept)
          .as("nothing connected")
          .isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void aPortNobodyListensOnReadsLikeAnyOtherFailureToConnect() throws Exception {
    int closed;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }

    assertThatThrownBy(
            () ->
                new ImapMailboxReader()
                    .readUnread(server("127.0.0.1", closed), "pw", 10, mail -> true))
        .isInstanceOf(MailboxReader.MailboxUnavailable.class)
        .hasMessage(ImapMailboxReader.UNREACHABLE);
    assertThat(ImapMailboxReader.UNREACHABLE).doesNotContain("refused", "timed out");
  }

  private static MailboxServer server(String host, int port) {
    return new MailboxServer("help@shop.test", host, port, MailSecurity.NONE, "help", "INBOX");
  }
}
