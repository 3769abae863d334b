package io.brandcloud.support.tickets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.BrandcloudException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketFilterTest {

  @Test
  void theQueuesWordsMakeItsFilter() {
    assertThat(TicketFilter.of(null, null, null, 7L)).isEqualTo(TicketFilter.openTickets());
    TicketFilter mine = TicketFilter.of("waiting_for_staff", 3L, "me", 7L);
    assertThat(mine.status()).contains(TicketStatus.WAITING_FOR_STAFF);
    assertThat(mine.departmentId()).contains(3L);
    assertThat(mine.assigneeId()).contains(7L);
    TicketFilter nobodys = TicketFilter.of("all", null, "none", 7L);
    assertThat(nobodys.open()).isFalse();
    assertThat(nobodys.status()).isEmpty();
    assertThat(nobodys.unassigned()).isTrue();
    assertThat(TicketFilter.of("not-closed", null, " 42 ", 7L).assigneeId())
        .isEqualTo(Optional.of(42L));
  }

  @Test
  void wordsItDoesNotKnowAreRefusedNamingTheField() {
    assertThatThrownBy(() -> TicketFilter.of("lost", null, null, 7L))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("status");
    assertThatThrownBy(() -> TicketFilter.of(null, null, "someone", 7L))
        .isInstanceOf(BrandcloudException.class)
        .hasMessageContaining("assignee");
  }
}
