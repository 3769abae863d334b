package io.brandcloud.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.shared.SecretBox;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PushTicketTest {

  private final SecretBox box = new SecretBox(new byte[32]);
  private final Instant expires = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void aTicketOpensToWhatWasSealedInItsOwnTenantOnly() {
    PushTicket ticket =
        PushTicket.seal(
            box,
            7,
            new PushTicket.Sealed(
                42L, 9L, EnumSet.of(PushTopic.SERVERS, PushTopic.BALANCE), expires, "a|b@c.test"));

    assertThat(ticket.ticket()).startsWith("bcp_7_");
    assertThat(ticket.socketPath()).isEqualTo("/ws/push/" + ticket.ticket());
    assertThat(PushTicket.tenantOf(ticket.ticket())).hasValue(7);
    assertThat(PushTicket.open(box, 7, ticket.ticket()))
        .hasValue(
            new PushTicket.Sealed(
                42L, 9L, Set.of(PushTopic.SERVERS, PushTopic.BALANCE), expires, "a|b@c.test"));
    assertThat(PushTicket.open(box, 8, ticket.ticket())).isEmpty();
    assertThat(PushTicket.open(box, 8, ticket.ticket().replace("bcp_7_", "bcp_8_")))
        .as("the tenant it names is sealed in")
        .isEmpty();
    assertThat(PushTicket.open(new SecretBox(filled(1)), 7, ticket.ticket())).isEmpty();
  }

  @Test
  void aStaffTicketHearsTheWholeTenant() {
    PushTicket ticket =
        PushTicket.seal(
            box,
            7,
            new PushTicket.Sealed(null, null, EnumSet.allOf(PushTopic.class), expires, "staff"));
    assertThat(PushTicket.open(box, 7, ticket.ticket()).orElseThrow().organisationId()).isNull();
    assertThat(PushTicket.open(box, 7, ticket.ticket()).orElseThrow().userId())
        .as("no user's personal topics")
        .isNull();
  }

  @Test
  void alteredAndMadeUpTicketsOpenNothing() {
    String real =
        PushTicket.seal(
                box, 7, new PushTicket.Sealed(1L, 2L, EnumSet.of(PushTopic.SERVERS), expires, "x"))
            .ticket();
    char last = real.charAt(real.length() - 1);
    String altered = real.substring(0, real.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(PushTicket.open(box, 7, altered)).isEmpty();
    assertThat(PushTicket.open(box, 7, "bcp_7_" + "A".repeat(60))).isEmpty();
    assertThat(PushTicket.open(box, 7, "bcp_7_!!")).isEmpty();
    assertThat(PushTicket.open(box, 7, null)).isEmpty();
    assertThat(PushTicket.tenantOf("bcc_7_" + "A".repeat(43))).isEmpty();
    assertThat(PushTicket.tenantOf("not-a-ticket")).isEmpty();
  }

  @Test
  void aTicketHasOneSpellingOnly() {
    String real = null;
    for (String caller = "x";
        real == null || (real.length() - "bcp_7_".length()) % 4 == 0;
        caller += "x") {
      real =
          PushTicket.seal(
                  box,
                  7,
                  new PushTicket.Sealed(1L, 2L, EnumSet.of(PushTopic.SERVERS), expires, caller))
              .ticket();
    }
    String body = real.substring("bcp_7_".length());
    byte[] bytes = java.util.Base64.getUrlDecoder().decode(body);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    String other =
        alphabet
            .chars()
            .mapToObj(c -> body.substring(0, body.length() - 1) + (char) c)
            .filter(spelling -> !spelling.equals(body))
            .filter(
                spelling ->
                    java.util.Arrays.equals(
                        java.util.Base64.getUrlDecoder().decode(spelling), bytes))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the sealed length leaves no unused bits"));

    assertThat(PushTicket.open(box, 7, real)).isPresent();
    assertThat(PushTicket.open(box, 7, "bcp_7_" + other)).isEmpty();
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) value);
    return key;
  }
}
