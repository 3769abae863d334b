package io.brandcloud.provisioning.consoles.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleTicketTest {

  private static final String SECRET = "A".repeat(43);

  @Test
  void aTicketNamesItsTenantAndItsSocket() {
    ConsoleTicket ticket = ConsoleTicket.of(42, SECRET, Instant.EPOCH, ConsoleAccess.Kind.SSH);
    assertThat(ticket.ticket()).isEqualTo("bcc_42_" + SECRET);
    assertThat(ticket.kind()).isEqualTo("terminal");
    assertThat(ticket.socketPath()).isEqualTo("/ws/console/bcc_42_" + SECRET);
    assertThat(ConsoleTicket.tenantOf(ticket.ticket())).hasValue(42);
    assertThat(ticket.toString()).doesNotContain(SECRET);
  }

  @Test
  void aVncTicketSaysSoForTheBrowsersClient() {
    assertThat(ConsoleTicket.of(42, SECRET, Instant.EPOCH, ConsoleAccess.Kind.VNC).kind())
        .isEqualTo("vnc");
    assertThat(ConsoleTicket.of(42, SECRET, Instant.EPOCH, ConsoleAccess.Kind.TERMINAL).kind())
        .isEqualTo("terminal");
  }

  @Test
  void anythingElseNamesNoTenant() {
    for (String notATicket :
        new String[] {
          null,
          "",
          "bcc_42_short",
          "bcc_0_" + SECRET,
          "bcc_-1_" + SECRET,
          "bcc_42_" + SECRET + "x",
          "bcc_99999999999999999999_" + SECRET,
          "bcc_42_" + "A".repeat(42) + "/",
          "xyz_42_" + SECRET
        }) {
      assertThat(ConsoleTicket.tenantOf(notATicket)).as(String.valueOf(notATicket)).isEmpty();
    }
  }
}
