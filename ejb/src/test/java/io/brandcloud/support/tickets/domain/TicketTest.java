package io.brandcloud.support.tickets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTest {

  private static final Instant OPENED = Instant.parse("2026-11-24T09:00:00Z");

  private final Ticket ticket =
      new Ticket(1, 2, "Disk full", TicketPriority.NORMAL, null, 3L, OPENED);

  @Test
  void aNewTicketWaitsForStaffFromTheMomentItWasOpened() {
    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.waitingSince()).contains(OPENED);
  }

  @Test
  void aSecondCustomerMessageKeepsTheClockOfTheFirstUnansweredOne() {
    ticket.customerWrote(OPENED.plusSeconds(600));
    assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING_FOR_STAFF);
    assertThat(ticket.waitingSince()).contains(OPENED);
  }

  @Test
  void anAnswerStopsTheClockAndTheNextCustomerMessageStartsItAgain() {
    ticket.staffAnswered(null, OPENED.plusSeconds(60));
    assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING_FOR_CUSTOMER);
    assertThat(ticket.waitingSince()).isEmpty();
    ticket.customerWrote(OPENED.plusSeconds(120));
    assertThat(ticket.waitingSince()).contains(OPENED.plusSeconds(120));
    assertThat(ticket.updatedAt()).isEqualTo(OPENED.plusSeconds(120));
  }

  @Test
  void closingStampsTheTimeAndACustomerMessageReopens() {
    ticket.staffAnswered(TicketStatus.CLOSED, OPENED.plusSeconds(60));
    assertThat(ticket.closedAt()).contains(OPENED.plusSeconds(60));
    assertThat(ticket.waitingSince()).isEmpty();
    ticket.customerWrote(OPENED.plusSeconds(90));
    assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING_FOR_STAFF);
    assertThat(ticket.closedAt()).isEmpty();
    assertThat(ticket.waitingSince()).contains(OPENED.plusSeconds(90));
  }

  @Test
  void onlyStaffWriteNotes() {
    TicketMessage.Author customer = new TicketMessage.Author(3L, "Ada", false);
    assertThatThrownBy(() -> TicketMessage.note(1, customer, "secret", OPENED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void statusesAndPrioritiesAreReadAsWrittenOnTheWireOrRefusedByField() {
    assertThat(TicketStatus.parse("status", "Waiting_For_Customer"))
        .isEqualTo(TicketStatus.WAITING_FOR_CUSTOMER);
    assertThat(TicketPriority.parseOrNormal(null)).isEqualTo(TicketPriority.NORMAL);
    assertThat(TicketPriority.parseOrNormal(" urgent ")).isEqualTo(TicketPriority.URGENT);
    assertThatThrownBy(() -> TicketPriority.parseOrNormal("asap"))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("low, normal, high or urgent");
    assertThatThrownBy(() -> TicketStatus.parse("status", "done"))
        .isInstanceOf(BrandcloudException.class);
  }
}
