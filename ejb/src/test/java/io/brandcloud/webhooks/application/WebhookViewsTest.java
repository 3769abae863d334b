package io.brandcloud.webhooks.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.access.Permission;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookViewsTest {

  @Test
  void eachFamilyNeedsTheViewOfWhatItSendsAndEverythingNeedsThemAll() {
    assertThat(WebhookViews.needed(List.of("invoice.*", "payment.succeeded")))
        .containsExactly(Permission.BILLING_VIEW);
    assertThat(WebhookViews.needed(List.of("ticket.replied")))
        .containsExactly(Permission.TICKETS_VIEW);
    assertThat(WebhookViews.needed(List.of("*")))
        .containsExactlyInAnyOrder(
            Permission.SERVERS_VIEW, Permission.BILLING_VIEW, Permission.TICKETS_VIEW);
  }
}
